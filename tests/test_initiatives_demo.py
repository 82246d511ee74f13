"""The demo's exemplary models: dossiers on disk, evaluations, the province's replicated model, and
each kind of formalism present at a plausible rate."""

import pytest

from tuyengiao.demo.generator import generate
from tuyengiao.initiatives import files
from tuyengiao.initiatives.figures import initiative_figures
from tuyengiao.initiatives.models import DossierItem, Evaluation, Initiative, InitiativeFlag, StatusChange
from tuyengiao.org.models import Unit, UnitKind
from tests.test_initiatives_data import media_root

pytestmark = pytest.mark.django_db


@pytest.fixture
def province(settings, tmp_path):
    settings.DEMO_MODE = True
    media_root(settings, tmp_path)
    generate("small", seed=7)
    return Initiative.objects.select_related("unit")


def test_demo_initiatives(province):
    initiatives = list(province)
    assert len(initiatives) >= 25
    assert StatusChange.objects.filter(status="registered").count() == len(initiatives)
    reading = Initiative.objects.get(unit__parent__isnull=True, name="Không gian văn hóa đọc")
    assert reading.status == "replicating" and reading.replication_unit_id == reading.unit_id
    adopters = [a.unit for a in reading.adoptions.select_related("unit")]
    assert any(u.kind == UnitKind.COMMUNE for u in adopters)
    # The small province may have no school at all; where there are schools, some take it up.
    if Unit.objects.filter(name__contains="Trường").exists():
        assert any("Trường" in u.name for u in adopters)
    assert Evaluation.objects.exists() and DossierItem.objects.filter(initiative=reading).exists()

    codes = {code: InitiativeFlag.objects.filter(code=code, status="open").count()
             for code in ("name_only", "copied", "overlap")}
    assert all(codes.values()), codes
    kinds = set(InitiativeFlag.objects.filter(code="copied").values_list("evidence__kind", flat=True))
    assert kinds == {"peer", "past"}
    figures = initiative_figures(None, None)["initiatives"]
    assert figures["total"] == len(initiatives)
    assert 0.6 < figures["with_dossier"] / figures["total"] and figures["name_only"] / figures["total"] < 0.3
    assert figures["adoptions"] == Initiative.objects.filter(adopted_from__isnull=False).count() > 0


def test_demo_dossier_files_are_real(province):
    items = list(DossierItem.objects.all())
    assert {item.extension for item in items} == {"docx", "png"}
    for item in items:
        path = files.absolute(item.path)
        content = path.read_bytes()
        assert len(content) == item.size
        with path.open("rb") as handle:
            assert files.sniff(files.ACCEPTED[item.extension][1], content[:16], handle), item.path
