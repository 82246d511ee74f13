"""Who may write and who may review a pledge, on top of the general scope rules."""

from tuyengiao.accounts.scope import Scope
from tuyengiao.pledges.models import OwnerKind, Pledge, PledgeState


def can_edit(scope: Scope, pledge: Pledge) -> bool:
    """The owner (or whoever enters it for them) while it is a draft or was returned."""
    return pledge.state in (PledgeState.DRAFT, PledgeState.RETURNED) and scope.can_write(pledge)


def can_review(scope: Scope, pledge: Pledge) -> bool:
    """A member's pledge: the cell's secretary or an officer above. A unit's: an officer above it."""
    if scope.is_anonymous:
        return False
    if pledge.member_id and pledge.member_id in scope.member_ids:
        return False  # nobody reviews their own pledge
    if pledge.owner_kind == OwnerKind.INDIVIDUAL:
        return scope.covers(pledge.unit)
    parent = pledge.unit.parent
    return scope.is_admin or (parent is not None and scope.can_manage_tree(parent))
