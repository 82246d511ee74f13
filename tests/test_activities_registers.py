"""One generic test case for every activity register: scope of lists, pages, forms and exports;
all-or-nothing import with row errors; audit. Plus the permission matrix of their URLs."""

import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from tuyengiao.activities.registers import BY_KIND, REGISTERS
from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.imports import run_import
from tuyengiao.core.register_imports import importer_for
from tests.activity_samples import data, import_row, make
from tests.pages import Row, plain_http, sign_in, statuses  # noqa: F401  (plain_http: autouse fixture)

pytestmark = pytest.mark.django_db

KINDS = [register.kind for register in REGISTERS]


def xlsx_file(rows: list[dict[str, str]]) -> bytes:
    headers = list(dict.fromkeys(key for row in rows for key in row))
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(header, "") for header in headers])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_lists_pages_and_exports_follow_the_tree(tree, client, kind):
    register = BY_KIND[kind]
    inside = make(kind, tree, tree.commune_a, "trong phạm vi")
    outside = make(kind, tree, tree.commune_b, "ngoài phạm vi")
    sign_in(client, tree, "huyen")

    page = client.get(register.url("list")).content.decode()
    assert "trong phạm vi" in page and "ngoài phạm vi" not in page

    response = client.get(register.url("list") + "?format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = " ".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell)
    assert "trong phạm vi" in cells and "ngoài phạm vi" not in cells

    assert client.get(register.url("detail", inside)).status_code == 200
    for name in ("detail", "edit", "delete"):
        assert client.get(register.url(name, outside)).status_code == 404, name
    assert client.post(register.url("delete", outside)).status_code == 404
    assert register.model.objects.filter(pk=outside.pk).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_edit_through_the_form_keeps_every_value_and_is_audited(tree, client, kind):
    """The edit form shows the record as saved; posting it back unchanged saves the same record."""
    register = BY_KIND[kind]
    record = make(kind, tree, tree.commune_a)
    sign_in(client, tree, "huyen")
    form = client.get(register.url("edit", record)).context["form"]
    post = {}
    for bound in form:
        value = bound.value()
        post[bound.html_name] = value if value is not None else ""
    for inline in form.inlines:
        management = inline.formset.management_form
        for bound in management:
            post[bound.html_name] = bound.value()
        for row in inline.formset:
            for bound in row:
                value = bound.value()
                post[bound.html_name] = getattr(value, "code", value) if value is not None else ""
    post["unit"] = record.unit.code
    before = register.model.objects.get(pk=record.pk)
    response = client.post(register.url("edit", record), post)
    if response.status_code != 302:
        form = response.context["form"]
        pytest.fail(f"{form.errors} {[i.formset.errors for i in form.inlines]}")
    after = register.model.objects.get(pk=record.pk)
    assert [str(getattr(before, f)) for f in register.fields] == [str(getattr(after, f)) for f in register.fields]
    assert AuditEntry.objects.filter(action="update", object_id=str(record.pk),
                                     object_type=register.model._meta.model_name).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_import_writes_every_row_or_none(tree, kind):
    register = BY_KIND[kind]
    importer_class = importer_for(register)
    good = [import_row(kind, tree, tree.commune_a, "dòng một"), import_row(kind, tree, tree.district_a, "dòng hai")]
    before = register.model.objects.count()

    result = run_import(importer_class(tree.actor("huyen")), "tep.xlsx", xlsx_file(good), dry_run=False)
    assert result.ok, [str(e) for e in result.errors] + [result.file_error]
    assert register.model.objects.count() == before + 2
    assert AuditEntry.objects.filter(action="import", object_type=kind).count() == 1
    assert AuditEntry.objects.filter(action="create", source="import",
                                     object_type=register.model._meta.model_name).count() >= 2

    # A row of another district: huyen may not write it, so the whole file is refused.
    bad = [import_row(kind, tree, tree.commune_a, "dòng ba"), import_row(kind, tree, tree.commune_b, "dòng bốn")]
    result = run_import(importer_class(tree.actor("huyen")), "tep.xlsx", xlsx_file(bad), dry_run=False)
    assert not result.ok and [error.row for error in result.errors] == [3]
    assert "phạm vi" in str(result.errors[0]) or "quyền" in str(result.errors[0])
    assert register.model.objects.count() == before + 2


@pytest.mark.parametrize("kind", KINDS)
def test_import_template_has_the_registers_columns(tree, kind):
    importer = importer_for(BY_KIND[kind])(tree.actor("huyen"))
    header = [cell.value for cell in importer.template().active[1]]
    assert header[0] == "Mã đơn vị (*)"
    assert all(any(h.startswith(column) for h in header) for column in import_row(kind, tree, tree.commune_a, "x"))


@pytest.mark.parametrize("kind", KINDS)
def test_a_record_saved_through_the_service_is_audited(tree, kind):
    record = make(kind, tree, tree.commune_a)
    entry = AuditEntry.objects.get(action="create", object_id=str(record.pk),
                                   object_type=BY_KIND[kind].model._meta.model_name)
    assert entry.unit == tree.commune_a


# -- the permission matrix of every activities URL ----------------------------------------------------

XA_READERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200)
XA_WRITERS = dict(admin=200, tinh=200, huyen=200, coso=200, lanhdao=403)
ENTERERS = dict(admin=200, tinh=200, huyen=200, coso=200, chibo=200)


def _record_of(kind):
    return lambda t: {"pk": make(kind, t, t.commune_a).pk}


def _form_data(kind):
    def post(t):
        values = data(kind, t, t.commune_a, "bị từ chối")
        return {key: getattr(value, "code", value) for key, value in values.items() if not isinstance(value, list)}
    return post


PERMISSION_MATRIX = {
    "activities:overview": [Row(), Row(query="?unit=XB&year=abc"), Row(query="?unit=KHONGCO")],
    "activities:coverage": [Row(), Row(query="?unit=XB&year=2026&topic=x")],
    "activities:overdue": [Row(), Row(query="?format=xlsx")],
}
for _kind in KINDS:
    PERMISSION_MATRIX.update({
        f"activities:{_kind}_list": [Row(), Row(query="?format=xlsx&unit=XB&year=x&date_from=99&sort=zz")],
        f"activities:{_kind}_create": [Row(expect=statuses(403, **ENTERERS), post=_form_data(_kind))],
        f"activities:{_kind}_detail": [Row(_record_of(_kind), statuses(404, **XA_READERS))],
        f"activities:{_kind}_edit": [Row(_record_of(_kind), statuses(404, **XA_WRITERS), post=_form_data(_kind))],
        f"activities:{_kind}_delete": [Row(_record_of(_kind), statuses(404, **XA_WRITERS), post=lambda t: {})],
    })


def test_the_overview_counts_only_what_the_user_reads(tree, client):
    make("conferences", tree, tree.commune_a, "A")
    make("conferences", tree, tree.commune_b, "B")
    sign_in(client, tree, "huyen")
    response = client.get(reverse("activities:overview"))
    assert response.context["unit"] == tree.district_a
    assert response.context["f"]["conferences"]["held"] == 1
    response = client.get(reverse("activities:overview") + "?unit=XB")
    assert "f" not in response.context and "Không tìm thấy đơn vị" in response.content.decode()
