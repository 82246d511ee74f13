"""Initiatives: registration, dossier files, flags, evaluation, replication, figures, import."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from tuyengiao.accounts.scope import Scope
from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.imports import run_import
from tuyengiao.initiatives import access, checks, dossier, review, services
from tuyengiao.initiatives.figures import initiative_figures, initiative_figures_by_child
from tuyengiao.initiatives.imports import InitiativeImporter
from tuyengiao.initiatives.models import DossierItem, Initiative, InitiativeFlag, StatusChange
from tuyengiao.initiatives.spread import spread
from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge
from tests.conftest import SYSTEM
from tests.test_initiatives_data import (PDF, READING, SATURDAY, docx_bytes, media_root, pdf, register, selected,
                                         stored_files)

pytestmark = pytest.mark.django_db
SCORES = dict(practicality=8, effectiveness=9, spread=7, maintainability=8)
TODAY = datetime.date.today()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    return media_root(settings, tmp_path)


def open_flags(initiative) -> set[str]:
    return set(initiative.flags.filter(current=True, status="open").values_list("code", flat=True))


# -- registering -----------------------------------------------------------------------------


def test_register_keeps_history_and_audit(tree):
    initiative = register(tree.commune_a, actor=tree.actor("coso"), name="  Ngày thứ bảy  với dân ",
                          description=SATURDAY, field="administrative", targets="100% hồ sơ đúng hạn\n\n")
    assert initiative.name == "Ngày thứ bảy với dân" and initiative.year == TODAY.year
    assert initiative.target_list() == ["100% hồ sơ đúng hạn"]
    assert list(initiative.status_changes.values_list("status", flat=True)) == ["registered"]
    assert list(initiative.years.values_list("year", "maintained")) == [(TODAY.year, True)]
    assert AuditEntry.objects.filter(object_type="initiative", object_id=str(initiative.pk), action="create").exists()


def test_registration_errors_are_vietnamese_and_write_nothing(tree):
    before = Initiative.objects.count(), AuditEntry.objects.count()
    with pytest.raises(ValidationError) as error:
        register(tree.commune_a, name="Chỉ có tên", description="   ")
    assert "mô hình không thể chỉ có tên" in str(error.value)
    register(tree.commune_a)
    with pytest.raises(ValidationError, match="đã đăng ký mô hình"):
        register(tree.commune_a, name="KHÔNG GIAN VĂN HOÁ ĐỌC")  # old tone placement, other case: the same name
    assert Initiative.objects.count() == before[0] + 1


def test_only_writers_of_the_unit_register_or_edit(tree):
    with pytest.raises(PermissionDenied):
        register(tree.commune_a, actor=tree.actor("chibo"))
    with pytest.raises(PermissionDenied):
        register(tree.commune_b, actor=tree.actor("huyen"))
    initiative = register(tree.commune_a, actor=tree.actor("huyen"))
    with pytest.raises(PermissionDenied):
        services.update_initiative(tree.actor("lanhdao"), initiative, name="Khác", field="reading",
                                   description=READING)


def test_unit_status_transitions(tree):
    initiative = register(tree.commune_a)
    services.change_status(SYSTEM, initiative, "implementing")
    with pytest.raises(ValidationError, match="không thể bắt đầu triển khai"):
        services.change_status(SYSTEM, initiative, "implementing")
    services.change_status(SYSTEM, initiative, "stopped", note="Hết kinh phí")
    assert Initiative.objects.get(pk=initiative.pk).status == "stopped"
    assert list(StatusChange.objects.filter(initiative=initiative).values_list("status", flat=True)) == [
        "registered", "implementing", "stopped"]
    with pytest.raises(ValidationError, match="Năm phải từ"):
        services.record_year(SYSTEM, initiative, TODAY.year - 3, True)


# -- dossier files ---------------------------------------------------------------------------


def test_upload_stores_file_and_clears_name_only(tree, media):
    initiative = register(tree.commune_a, on=TODAY - datetime.timedelta(days=120))
    assert open_flags(initiative) == {"name_only"}
    item = dossier.add_item(tree.actor("coso"), initiative, kind="plan", upload=pdf(), title="Kế hoạch số 12-KH/ĐU")
    assert (media / item.path).read_bytes() == PDF and item.size == len(PDF)
    assert open_flags(initiative) == set()
    word = dossier.add_item(SYSTEM, initiative, kind="results",
                            upload=SimpleUploadedFile("bao-cao.docx", docx_bytes()))
    assert word.extension == "docx"
    dossier.delete_item(SYSTEM, item)
    dossier.delete_item(SYSTEM, word)
    assert open_flags(initiative) == {"name_only"}


@pytest.mark.parametrize("name,content,message", [
    ("ke-hoach.exe", b"MZ\x90\x00", "chỉ nhận PDF"),
    ("ke-hoach.pdf", b"<html>not a pdf</html>", "không phải tệp .pdf hợp lệ"),
    ("bao-cao.docx", b"PK\x03\x04 broken zip", "không phải tệp .docx hợp lệ"),
    ("anh.png", b"\xff\xd8\xff\xe0 jpeg renamed", "không phải tệp .png hợp lệ"),
    ("rong.pdf", b"", "rỗng"),
])
def test_rejected_files_leave_nothing(tree, name, content, message):
    initiative = register(tree.commune_a)
    with pytest.raises(ValidationError, match=message):
        dossier.add_item(SYSTEM, initiative, kind="plan", upload=SimpleUploadedFile(name, content))
    assert not DossierItem.objects.exists() and stored_files() == []


def test_too_large_file_is_rejected(tree, settings):
    settings.INITIATIVE_UPLOAD_MAX_BYTES = 1000
    initiative = register(tree.commune_a)
    with pytest.raises(ValidationError, match="vượt giới hạn 1000 byte"):
        dossier.add_item(SYSTEM, initiative, kind="plan", upload=pdf(content=PDF + b" " * 2000))
    assert not DossierItem.objects.exists() and stored_files() == []


def test_out_of_scope_upload_is_refused_before_disk(tree):
    initiative = register(tree.commune_b)
    with pytest.raises(PermissionDenied):
        dossier.add_item(tree.actor("coso"), initiative, kind="plan", upload=pdf())
    assert stored_files() == [] and not DossierItem.objects.exists()


# -- flags -----------------------------------------------------------------------------------


def test_copy_of_another_units_initiative_is_flagged_with_evidence(tree):
    original = register(tree.commune_a, on=TODAY - datetime.timedelta(days=400))
    copy = register(tree.commune_b, name="Tủ sách văn hóa đọc", description=READING.replace("quý", "tháng"))
    flag = copy.flags.get(code="copied")
    assert flag.matched_initiative_id == original.pk and flag.evidence["kind"] == "peer"
    assert "Đảng ủy xã Đồng Hóa" in flag.message and "%" in flag.message
    assert flag.evidence["match"]["text"].startswith("Không gian văn hóa đọc")
    assert "copied" not in open_flags(original)  # the earlier one is not the copy


def test_re_registering_own_earlier_initiative_is_flagged_past(tree):
    register(tree.commune_a, on=TODAY - datetime.timedelta(days=400))
    again = register(tree.commune_a, name="Không gian đọc sách của xã", description=READING)
    flag = again.flags.get(code="copied")
    assert flag.evidence["kind"] == "past" and "năm trước" in flag.message


def test_adoption_is_not_a_copy_and_unrelated_texts_are_clean(tree):
    original = selected(tree)
    adoption = services.adopt(tree.actor("chibo"), original, tree.cell_a)
    assert adoption.adopted_from == original and "copied" not in open_flags(adoption)
    other = register(tree.commune_b, name="Ngày thứ bảy với dân", description=SATURDAY, field="administrative")
    assert "copied" not in open_flags(other)


def test_initiative_repeating_the_collective_pledge_is_flagged_overlap(tree):
    theme = create_theme(SYSTEM, unit=tree.province, title="Chuyên đề", year_from=TODAY.year)
    campaign = open_campaign(SYSTEM, theme=theme, unit=tree.province, year=TODAY.year,
                             registration_deadline=datetime.date(TODAY.year, 6, 15),
                             assessment_deadline=datetime.date(TODAY.year, 12, 15))
    save_pledge(SYSTEM, campaign=campaign, unit=tree.commune_a, deeds=[{"action": READING}])
    initiative = register(tree.commune_a)
    assert "overlap" in open_flags(initiative)
    assert "bản đăng ký tập thể" in initiative.flags.get(code="overlap").message
    assert "overlap" not in open_flags(register(tree.commune_b))


def test_dismissed_flag_stays_dismissed_on_rescreen(tree):
    initiative = register(tree.commune_a, on=TODAY - datetime.timedelta(days=200))
    flag = initiative.flags.get(code="name_only")
    with pytest.raises(PermissionDenied):
        review.dismiss_flag(tree.actor("coso"), flag, "Hồ sơ giấy lưu tại văn phòng")
    with pytest.raises(ValidationError, match="Hãy ghi lý do"):
        review.dismiss_flag(tree.actor("huyen"), flag, "  ")
    review.dismiss_flag(tree.actor("huyen"), flag, "Hồ sơ giấy lưu tại văn phòng")
    services.update_initiative(SYSTEM, initiative, name=initiative.name, field="reading", description=READING)
    checks.screen_all()
    flag.refresh_from_db()
    assert flag.status == "dismissed" and flag.current and open_flags(initiative) == set()
    assert AuditEntry.objects.filter(action="dismiss", object_type="initiativeflag").count() == 1


def test_batch_screening_agrees_with_single(tree):
    register(tree.commune_a, on=TODAY - datetime.timedelta(days=400))
    register(tree.commune_b, name="Tủ sách văn hóa đọc", description=READING.replace("quý", "tháng"))
    register(tree.cell_b, name="Ngày thứ bảy với dân", description=SATURDAY, field="administrative")
    single = set(InitiativeFlag.objects.values_list("initiative_id", "code", "matched_initiative_id"))
    InitiativeFlag.objects.all().delete()
    summary = checks.screen_all()
    assert set(InitiativeFlag.objects.values_list("initiative_id", "code", "matched_initiative_id")) == single
    assert summary["flags"] == {"copied": 1, "name_only": 1}


# -- evaluation, selection, gallery, adoption --------------------------------------------------


def test_only_officers_above_evaluate(tree):
    initiative = register(tree.commune_a)
    for name in ("coso", "lanhdao", "chibo"):
        with pytest.raises(PermissionDenied):
            review.evaluate(tree.actor(name), initiative, scores=SCORES, result="typical")
    officer_of_commune = tree.users["coso"]
    assert not access.can_review(Scope(officer_of_commune), initiative)
    with pytest.raises(ValidationError, match="phải từ 1 đến 10"):
        review.evaluate(tree.actor("huyen"), initiative, scores={**SCORES, "spread": 11}, result="good")
    evaluation = review.evaluate(tree.actor("huyen"), initiative, scores=SCORES, result="typical", comments="Tốt")
    assert evaluation.evaluator == tree.users["huyen"] and evaluation.evaluator_unit == tree.district_a
    assert Initiative.objects.get(pk=initiative.pk).status == "typical"


def test_selection_requires_a_typical_evaluation(tree):
    initiative = register(tree.commune_a)
    with pytest.raises(ValidationError, match="Tiêu biểu"):
        review.select_for_replication(tree.actor("huyen"), initiative, tree.district_a)
    review.evaluate(tree.actor("huyen"), initiative, scores=SCORES, result="typical")
    with pytest.raises(ValidationError, match="cấp ủy cấp trên mà bạn phụ trách"):
        review.select_for_replication(tree.actor("huyen"), initiative, tree.province)
    chosen = review.select_for_replication(tree.actor("huyen"), initiative, tree.district_a)
    assert chosen.status == "replicating" and chosen.replication_unit == tree.district_a


def test_gallery_is_the_replication_subtree(tree):
    district_choice = selected(tree)  # replicated within district A
    clerk_b = Scope(tree.users["chibo"])  # clerk of cell CA, under district A
    assert list(Initiative.objects.filter(access.gallery_q(clerk_b))) == [district_choice]
    assert not clerk_b.can_read(district_choice) and access.readable(clerk_b).filter(pk=district_choice.pk).exists()
    member = Scope(tree.users["dangvien"])
    assert access.readable(member).filter(pk=district_choice.pk).exists()
    from django.contrib.auth import get_user_model

    from tuyengiao.accounts.models import RoleAssignment

    outsider = get_user_model().objects.create_user("xb")
    RoleAssignment.objects.create(user=outsider, role="clerk", unit=tree.commune_b)
    assert not access.readable(Scope(outsider)).filter(pk=district_choice.pk).exists()
    province_choice = selected(tree, name="Ngày thứ bảy với dân", replication_unit=tree.province)
    assert list(access.readable(Scope(outsider))) == [province_choice]
    assert list(access.adoptable_units(Scope(outsider), province_choice)) == [tree.commune_b]
    assert not access.readable(Scope(tree.users["noone"])).exists()


def test_adoption_links_and_spreads_by_tier(tree):
    original = selected(tree, replication_unit=tree.province)
    with pytest.raises(ValidationError, match="không tự nhân rộng"):
        services.adopt(tree.actor("coso"), original, tree.commune_a)
    services.adopt(tree.actor("chibo"), original, tree.cell_a)
    with pytest.raises(ValidationError, match="đã áp dụng"):
        services.adopt(tree.actor("huyen"), original, tree.cell_a)
    with pytest.raises(PermissionDenied):
        services.adopt(tree.actor("chibo"), original, tree.commune_b)
    services.adopt(tree.actor("tinh"), original, tree.commune_b, name="Không gian đọc Thanh Hà")
    found = spread(original, Scope(tree.users["tinh"]))
    assert found.units == 2 and found.by_tier == [("Cấp cơ sở (xã, phường, cơ quan, trường học)", 1),
                                                  ("Chi bộ trực thuộc", 1)]
    # In tree order: cell CA (its own, readable) before commune XB (another district: name only).
    assert [readable for _, readable in spread(original, Scope(tree.users["chibo"])).adoptions] == [True, False]


# -- figures ---------------------------------------------------------------------------------


def test_figures_follow_the_tree_and_the_year(tree):
    last_year = TODAY.year - 1
    old = register(tree.commune_a, on=datetime.date(last_year, 3, 1))
    dossier.add_item(SYSTEM, old, kind="plan", upload=pdf())
    review.evaluate(SYSTEM, old, scores=SCORES, result="typical", unit=tree.district_a)
    review.select_for_replication(SYSTEM, old, tree.province)
    services.adopt(SYSTEM, old, tree.cell_b)
    services.change_status(SYSTEM, Initiative.objects.get(pk=old.pk), "stopped")
    register(tree.commune_b, name="Đường hoa", description=SATURDAY, on=TODAY - datetime.timedelta(days=200))
    province = initiative_figures(tree.province, None)["initiatives"]
    assert province == {"total": 3, "active": 2, "maintained": 2, "with_dossier": 1, "name_only": 1, "evaluated": 1,
                         "typical": 0, "adoptions": 1}
    before = initiative_figures(tree.province, last_year)["initiatives"]
    assert before["total"] == 1 and before["active"] == 1 and before["adoptions"] == 0
    children = initiative_figures_by_child(tree.province, None)
    assert children["HA"]["initiatives"]["total"] == 1 and children["HB"]["initiatives"]["total"] == 2
    assert children["HB"]["initiatives"]["adoptions"] == 1
    assert initiative_figures(tree.district_a, None)["initiatives"]["active"] == 0


# -- import ----------------------------------------------------------------------------------


def workbook(rows) -> bytes:
    import io

    book = Workbook()
    sheet = book.active
    sheet.append(["Mã đơn vị", "Tên mô hình", "Lĩnh vực", "Ngày đăng ký", "Nội dung, cách làm", "Chỉ tiêu đo được"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_import_is_all_or_nothing(tree):
    good = ["XA", "Ngày thứ bảy với dân", "Cải cách hành chính", "15/3/2024", SATURDAY, "100% hồ sơ; 0 trễ hạn"]
    bad = ["XB", "Đường hoa", "Lĩnh vực lạ", "", "Trồng hoa", ""]
    result = run_import(InitiativeImporter(tree.actor("tinh")), "mo-hinh.xlsx", workbook([good, bad]), dry_run=False)
    assert not result.ok and "Lĩnh vực “Lĩnh vực lạ” không hợp lệ" in str(result.errors[0])
    assert not Initiative.objects.exists()
    result = run_import(InitiativeImporter(tree.actor("coso")), "mo-hinh.xlsx", workbook([good]), dry_run=False)
    assert result.written
    initiative = Initiative.objects.get()
    assert initiative.year == 2024 and initiative.target_list() == ["100% hồ sơ", "0 trễ hạn"]
    outside = run_import(InitiativeImporter(tree.actor("coso")), "mo-hinh.xlsx",
                         workbook([["XB", "Đường hoa", "Bảo vệ môi trường", "", "Trồng hoa", ""]]), dry_run=True)
    assert not outside.ok and "quyền" in str(outside.errors[0])


def test_daily_command_flags_models_whose_grace_period_ended(tree, settings):
    from io import StringIO

    from django.core.management import call_command

    initiative = register(tree.commune_a, on=TODAY - datetime.timedelta(days=30))
    assert open_flags(initiative) == set()
    settings.INITIATIVE_NAME_ONLY_DAYS = 20
    out = StringIO()
    call_command("screen-initiatives", "--name-only", stdout=out)
    assert open_flags(initiative) == {"name_only"} and "chỉ có tên, không có hồ sơ: 1" in out.getvalue()
    assert "đã quá 20 ngày" in initiative.flags.get().message
    call_command("screen-initiatives", stdout=out)
    assert open_flags(initiative) == {"name_only"}
    assert AuditEntry.objects.filter(action="screen", object_type="initiatives").count() == 2


def test_province_model_is_recognised_by_the_province_and_replicated_below(tree):
    """The seed's case: the province commission's own “Không gian văn hóa đọc”, taken up by communes
    and schools. A top-level unit has no higher one: its own officers evaluate and select it."""
    reading = register(tree.province, actor=tree.actor("tinh"))
    with pytest.raises(PermissionDenied):
        review.evaluate(tree.actor("huyen"), reading, scores=SCORES, result="typical")
    review.evaluate(tree.actor("tinh"), reading, scores=SCORES, result="typical")
    review.select_for_replication(tree.actor("tinh"), reading, tree.province)
    school = services.adopt(SYSTEM, reading, tree.cell_b)
    services.adopt(tree.actor("coso"), reading, tree.commune_a)
    assert school.adopted_from == reading
    assert spread(reading, Scope(tree.users["tinh"])).units == 2
    # Below the top, a unit's own officers do not evaluate their unit's models; the level above does.
    district_model = register(tree.district_a, name="Ngày thứ bảy với dân", description=SATURDAY)
    assert access.can_review(Scope(tree.users["tinh"]), district_model)
    assert not access.can_review(Scope(tree.users["huyen"]), district_model)
