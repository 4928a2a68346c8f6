e = f"{na me=!s}"
