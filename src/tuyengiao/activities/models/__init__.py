"""The six activity registers. Every row belongs to a unit (``scope_path``/``scope_unit``)."""

from tuyengiao.activities.models.awards import Award, AwardLevel, AwardStatus, NomineeKind
from tuyengiao.activities.models.classes import ClassKind, TheoryClass
from tuyengiao.activities.models.conferences import BridgePoint, Conference, ConferenceFormat, TopicKind
from tuyengiao.activities.models.documents import Document, DocumentType
from tuyengiao.activities.models.inspections import Inspection, InspectionKind, Recommendation
from tuyengiao.activities.models.outreach import Outreach, OutreachKind

__all__ = [
    "Award", "AwardLevel", "AwardStatus", "BridgePoint", "ClassKind", "Conference", "ConferenceFormat",
    "Document", "DocumentType", "Inspection", "InspectionKind", "NomineeKind", "Outreach", "OutreachKind",
    "Recommendation", "TheoryClass", "TopicKind",
]
