from django import template

from tuyengiao.pledges.notices import notices

register = template.Library()


@register.inclusion_tag("pledges/_notices.html", takes_context=True)
def pledge_notices(context):
    scope = context.get("scope")
    return {"notices": notices(scope) if scope is not None else []}
