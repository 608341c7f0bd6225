"""TIMEX3 value syntax (TimeML 1.2.1), as one regex: what any value the engine produces must look like.

In: a value string. Out: whether it is a well-formed TIMEX3 value (dates with X placeholders, ISO weeks,
quarters, halves, seasons, decades and centuries, parts of day, durations, PRESENT/PAST/FUTURE_REF).
"""
import re

_N = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DATE = (r"(?:[0-9X]{2}|[0-9X]{3}|[0-9X]{4})"
         r"(?:-(?:[0-9]{2}|XX)(?:-(?:[0-9]{2}|XX))?"
         r"|-W(?:[0-9]{2}|XX)(?:-(?:[1-7]|WE))?"
         r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?")
_TIME = r"T(?:(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9])?)?|MO|AF|EV|NI|DT)"
_DURATION = (rf"P(?:(?:{_N}(?:Y|M|W|D|Q|DE|CE|ML|WE|H|L|E|C))+(?:T(?:{_N}[HMS])+)?|T(?:{_N}[HMS])+)")

TIMEX3_VALUE = re.compile(rf"(?:{_DATE}(?:{_TIME})?|XXXX-WXX-[1-7](?:{_TIME})?|{_DURATION}"
                          r"|PRESENT_REF|PAST_REF|FUTURE_REF)")


def is_timex3_value(value: str) -> bool:
    return TIMEX3_VALUE.fullmatch(value) is not None
