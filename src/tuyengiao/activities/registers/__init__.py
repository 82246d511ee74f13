"""The six activity registers, each a definition served by core's generic register views."""

from tuyengiao.activities.registers.awards import AwardRegister
from tuyengiao.activities.registers.classes import ClassRegister
from tuyengiao.activities.registers.conferences import ConferenceRegister
from tuyengiao.activities.registers.documents import DocumentRegister
from tuyengiao.activities.registers.inspections import InspectionRegister
from tuyengiao.activities.registers.outreach import OutreachRegister

REGISTERS = [ConferenceRegister(), ClassRegister(), AwardRegister(), InspectionRegister(), DocumentRegister(),
             OutreachRegister()]
BY_KIND = {register.kind: register for register in REGISTERS}
