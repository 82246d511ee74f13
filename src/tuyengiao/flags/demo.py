"""Demo: the two latest campaigns screened, so flags and band keys exist from the start.

Older campaigns are left for ``tuyengiao screen --campaign YEAR`` (their pages say so): screening
every year would double the time the demo takes to be ready, and the demo copies only from the
previous year.
"""

from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_number
from tuyengiao.demo.registry import demo_step
from tuyengiao.flags.services import screen_campaign
from tuyengiao.pledges.models import Campaign

SCREENED_YEARS = 2


@demo_step(order=110, label="Sàng lọc bệnh hình thức hai đợt đăng ký gần nhất")
def screening_step(ctx) -> None:
    actor = Actor.system("command", "dữ liệu mẫu")
    parts = []
    for campaign in reversed(Campaign.objects.order_by("-year")[:SCREENED_YEARS]):
        summary = screen_campaign(actor, campaign, history_years=1)
        parts.append(f"năm {campaign.year}: {vn_number(summary['flagged'])}/{vn_number(summary['screened'])} "
                     "bản có cảnh báo")
    ctx.log(", ".join(parts))
