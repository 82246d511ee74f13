"""The `tuyengiao` console entry point: Django's management commands behind one name."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tuyengiao.settings")
    # The demo must be able to run on a machine with no configuration at all, so demo mode
    # is decided before settings load (it relaxes HTTPS-only cookies for http://127.0.0.1).
    if len(argv) > 1 and argv[1] == "demo":
        os.environ.setdefault("TUYENGIAO_DEMO", "1")
    from django.core.management import execute_from_command_line

    argv[0] = "tuyengiao"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
