from tuyengiao.accounts.scope import request_scope


def scope(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"scope": request_scope(request)}
