"""Adding and removing dossier files. A rejected file leaves nothing behind: no row, no file."""

from django.db import transaction
from django.utils import timezone

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.initiatives import checks, files
from tuyengiao.initiatives.models import DossierItem, Initiative, ItemKind
from tuyengiao.initiatives.services import require_writer
from tuyengiao.screening.normalize import clean


def add_item(actor: Actor, initiative: Initiative, *, kind: str, upload, title: str = "", now=None) -> DossierItem:
    """Check the file (type by extension and content, size), store it, add the row, audit."""
    errors = Errors()
    errors.check(kind in ItemKind.values, "kind", "Chưa chọn loại tài liệu.")
    title = clean(title) or clean(getattr(upload, "name", "") or "")
    errors.check(len(title) <= 255, "title", "Tên tài liệu dài tối đa 255 ký tự.")
    extension = None
    try:
        extension = files.check(upload)
    except files.RejectedFile as error:
        errors.add("upload", str(error))
    errors.raise_if_any()
    initiative = Initiative.objects.select_related("unit").get(pk=initiative.pk)
    require_writer(actor, initiative.unit)  # before anything touches the disk
    relative, digest, size = files.store(initiative.pk, extension, upload)
    try:
        with transaction.atomic():
            item = DossierItem.objects.create(
                initiative=initiative, kind=kind, title=title, path=relative,
                original_name=clean(upload.name)[:255], extension=extension, size=size, sha256=digest,
                uploaded_by=actor.user, uploaded_at=now or timezone.now())
            record(actor, "create", item, object_type="dossieritem",
                   object_repr=f"Hồ sơ “{initiative.name}”: {item.get_kind_display()} – {title}"[:255],
                   after={"initiative": initiative.pk, "kind": kind, "title": title, "size": size, "sha256": digest})
            checks.refresh_name_only([initiative.pk])
    except BaseException:
        files.remove(relative)
        raise
    return item


@transaction.atomic
def delete_item(actor: Actor, item: DossierItem) -> None:
    item = DossierItem.objects.select_related("initiative", "initiative__unit").get(pk=item.pk)
    require_writer(actor, item.initiative.unit)
    relative, initiative_id = item.path, item.initiative_id
    record(actor, "delete", item, object_type="dossieritem",
           object_repr=f"Xóa khỏi hồ sơ “{item.initiative.name}”: {item.title}"[:255],
           before={"kind": item.kind, "title": item.title, "size": item.size, "sha256": item.sha256})
    item.delete()
    checks.refresh_name_only([initiative_id])
    transaction.on_commit(lambda: files.remove(relative))
