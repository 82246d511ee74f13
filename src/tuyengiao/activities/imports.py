from tuyengiao.activities.registers import REGISTERS
from tuyengiao.core.register_imports import importer_for

IMPORTERS = [importer_for(register) for register in REGISTERS]
