"""Unit tests of the clause-tense rules (rules/en.toml [tense], events/temporal/tense.py) as they decide
bare weekdays, months and month-days, and of the quarter a report's "year-ago period" refers to."""
import pytest

from events.temporal import tag


def values(text, ref):
    return [t.value for t in tag(text, ref)]


@pytest.mark.parametrize("text,ref,expected", [
    # a past perfect before a future marker: the plan was overtaken (the offer was extended)
    ("It had been due to expire Friday evening.", "1989-10-30", ["1989-10-27TEV"]),
    ("The offer previously had been scheduled to expire at midnight Friday.", "1989-10-30", ["1989-10-27T24:00"]),
    # a past auxiliary that carries a plan: the future marker after it decides
    ("Protesters were planning to march on Saturday.", "2000-01-07", ["2000-01-08"]),
    ("Protesters marched on Saturday.", "2000-01-07", ["2000-01-01"]),
    # "by"/"until" is a deadline ahead, unless the clause is a past perfect
    ("Only two members had filed compliance reports by Wednesday.", "1990-08-16", ["1990-08-15"]),
    ("Members must file compliance reports by Wednesday.", "1990-08-16", ["1990-08-22"]),
    ("Until Thursday, they had not called him.", "1999-05-07", ["1999-05-06"]),
    # a trailing reporting verb does not date the clause before its comma; a fronted expression is dated by it
    ("The talks will resume on Tuesday, officials said.", "2016-07-27", ["2016-08-02"]),
    ("In September, it announced plans to acquire the unit.", "1989-10-30", ["1989-09"]),
    # un-...-ed words are adjectives, not past verbs
    ("It would be paid on a still unspecified date in January.", "1989-10-26", ["1990-01"]),
    # a past verb in -ed a few words away still dates the clause
    ("Taylor stepped down as chairman, president and chief executive in March for health reasons.",
     "1989-11-02", ["1989-03"]),
    # "plans" the noun is no future marker
    ("On Friday, when Albright set aside vacation plans, the team flew in.", "1998-08-17", ["1998-08-14"]),
])
def test_clause_tense(text, ref, expected):
    assert values(text, ref) == expected


def test_year_ago_period_skips_forecast_quarters():
    text = ("Net rose in the third quarter. Analysts expect the trend to continue into the fourth quarter. "
            "In the year-ago period, the company earned $101.4 million.")
    assert values(text, "1989-10-26") == ["1989-Q3", "1989-Q4", "1988-Q3"]


def test_possessive_weekday_is_the_day_just_reported():
    assert values("They will look for ways around Wednesday's ruling.", "2000-01-07") == ["2000-01-05"]
    assert values("They will meet on Wednesday.", "2000-01-07") == ["2000-01-12"]


def test_quarter_without_year_follows_the_clause():
    assert values("Profits fell in the fourth quarter.", "1998-01-26") == ["1997-Q4"]
    assert values("Profits fell in the third quarter.", "1989-10-26") == ["1989-Q3"]
    assert values("It expects a loss in the fourth quarter.", "1989-08-10") == ["1989-Q4"]


def test_last_month_name():
    assert values("The helicopters crashed last February.", "1998-03-01") == ["1997-02"]
    assert values("The helicopters crashed last December.", "1998-01-20") == ["1997-12"]
    assert values("The helicopters crashed last October.", "1998-03-01") == ["1997-10"]
    assert values("The helicopters crashed last January.", "1998-03-01") == ["1998-01"]


def test_one_day_after_a_modal_is_some_time_ahead():
    assert values("Islam will one day be the second largest religion.", "1998-03-03") == ["FUTURE_REF"]
    assert values("The siege lasted one day.", "1998-03-03") == ["P1D"]


def test_past_perfect_reporting_a_plan_keeps_the_deadline_ahead():
    assert values("The company had said it would close the deal by Friday.", "1989-10-30") == ["1989-11-03"]


def test_past_perfect_before_a_reported_plan_does_not_overturn_it():
    assert values("He had been told the vote will be held Friday.", "1989-10-30") == ["1989-11-03"]


def test_plans_the_verb_is_future_the_noun_is_not():
    assert values("He then plans a speech to the nation on Tuesday night.", "2013-09-05") == ["2013-09-10TNI"]
    assert values("On Friday, when she set aside vacation plans, they left.", "1998-08-17") == ["1998-08-14"]


def test_the_past_week_and_the_past_year_are_durations():
    assert values("Fighting intensified over the past week.", "2016-07-27") == ["P1W"]
    assert values("Fighting intensified over the past year.", "2016-07-27") == ["P1Y"]


def test_weekday_between_a_past_verb_and_a_future_one_dates_the_verb_before():
    assert values("Turkey said on Monday it would act.", "2016-07-27") == ["2016-07-25"]
    assert values("The talks will resume on Monday, he said.", "2016-07-27") == ["2016-08-01"]


def test_a_fronted_month_dates_the_verb_past_a_long_subject():
    # the verb in -ed lies beyond the weak markers' reach, past a title's full stop and the 120-character window's edge
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic "
            "bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse.")
    assert values(text, "1998-10-25")[0] == "1998-01"
    # with no verb at all the month alone is the nearest one, as before
    assert values("In January, a week after the 25th anniversary of the court's landmark abortion ruling.",
                  "1998-10-25")[0] == "1999-01"
    # a nearer marker still decides: the far word in -ed is only heard when nothing else speaks
    assert values("In January, the committee will meet again to review what the newly appointed panel "
                  "of outside experts has reported.", "1998-10-25")[0] == "1999-01"


def test_a_title_full_stop_does_not_end_the_clause():
    from events.temporal.ruleset import english
    from events.temporal.tense import clause
    text = "On Tuesday, Mr. Bush said the talks failed. Then they left."
    assert text[slice(*clause(text, 3, 10))] == "On Tuesday, Mr"  # sentence punctuation alone
    assert text[slice(*clause(text, 3, 10, ends=english().clause_end))] == "On Tuesday, Mr. Bush said the talks failed"


def test_the_window_edge_does_not_cut_a_word():
    from events.temporal.tense import clause
    text = "In March the bombing killed five."
    assert text[slice(*clause(text, 3, 8, after=14))] == "In March the bombing killed"  # the edge fell after "k"
    assert text[slice(*clause(text, 3, 8, after=12))] == "In March the bombing"
