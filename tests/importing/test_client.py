"""The HTTP client against a local server on 127.0.0.1 (never the network): paging, splitting a
request Kolada answers 422, retries of 5xx and 429 with backoff, timeouts, bad answers."""

import time

import pytest

from ambition.importing.client import KoladaClient
from ambition.importing.problems import ImportRefused
from tests.importing.server import Answer, Kolada, data, kolada

__all__ = ["kolada"]  # the fixture


PATH = "/v2/data/kpi/{}/municipality/0665/year/{}"


def test_pages_are_followed_and_progress_is_told(kolada: Kolada) -> None:
    # Vaggeryd's population 2021 and 2022, Kolada N01951 (data/sources/kolada-goal1-…csv).
    second = f"{kolada.url}/page2?page=2"
    kolada.answers[PATH.format("N01951", "2021,2022")] = [
        Answer(body=data([("N01951", 2021, 14746)], next_page=second))
    ]
    kolada.answers["/v2/page2"] = [Answer(body=data([("N01951", 2022, 14854)], next_url=""))]
    told: list[tuple[int, int]] = []
    found = KoladaClient(kolada.url).data(
        ["N01951"], "0665", [2021, 2022], lambda *a: told.append(a)
    )
    assert [(o.year, o.value) for o in found] == [(2021, 14746.0), (2022, 14854.0)]
    assert kolada.requests == [
        PATH.format("N01951", "2021,2022") + "?per_page=5000",
        "/v2/page2?page=2",
    ]
    assert told == [(1, 2), (2, 2)]


def test_a_request_answered_422_is_split_until_accepted(kolada: Kolada) -> None:
    too_many = [Answer(422, b'{"error": "too many ids"}')]
    kolada.answers[PATH.format("A,B,C", "2022")] = too_many
    kolada.answers[PATH.format("B,C", "2022")] = too_many
    kolada.answers[PATH.format("A", "2022")] = [Answer(body=data([("A", 2022, 1)]))]
    kolada.answers[PATH.format("B", "2022")] = [Answer(body=data([("B", 2022, 2)]))]
    kolada.answers[PATH.format("C", "2022")] = [Answer(body=data([("C", 2022, 3)]))]
    found = KoladaClient(kolada.url).data(["A", "B", "C"], "0665", [2022])
    assert [o.kpi for o in found] == ["A", "B", "C"]
    assert [r.split("/")[4] for r in kolada.requests] == ["A,B,C", "A", "B,C", "B", "C"]


def test_one_id_and_year_refused_422_is_a_problem(kolada: Kolada) -> None:
    kolada.answers[PATH.format("A", "2022")] = [Answer(422, b"nope")]
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url).data(["A"], "0665", [2022])
    assert [p.format() for p in refused.value.problems] == [
        f"{kolada.url}/data/kpi/A/municipality/0665/year/2022?per_page=5000: HTTP 422: Kolada "
        "refused the request even for one id and year (the answer: nope)"
    ]
    assert [p.format("sv") for p in refused.value.problems] == [
        f"{kolada.url}/data/kpi/A/municipality/0665/year/2022?per_page=5000: HTTP 422: Kolada "
        "avvisade begäran även för ett enda nyckeltal och år (svaret: nope)"
    ]


def test_a_5xx_and_a_rate_limit_are_tried_again_with_backoff(kolada: Kolada) -> None:
    kolada.answers[PATH.format("A", "2022")] = [
        Answer(503, b"busy"),
        Answer(429, b"slow down", headers={"Retry-After": "0"}),
        Answer(body=data([("A", 2022, 1)])),
    ]
    started = time.monotonic()
    found = KoladaClient(kolada.url, backoff=0.1).data(["A"], "0665", [2022])
    assert [o.value for o in found] == [1.0]
    assert len(kolada.requests) == 3
    # urllib3 waits backoff × 2^(n-1) from the second retry on: 0 s, then 0.2 s.
    assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize(
    ("status", "swedish", "english"),
    [
        (
            500,
            "HTTP 500: servern hos Kolada svarade med ett fel, även efter nya försök; försök "
            "igen senare",
            "HTTP 500: Kolada's server failed, still after the retries; try again later",
        ),
        (
            429,
            "HTTP 429: gränsen för antalet anrop till Kolada nåddes, även efter nya försök; "
            "försök igen senare",
            "HTTP 429: Kolada's rate limit, still after the retries; try again later",
        ),
        (
            404,
            "HTTP 404: Kolada avvisade begäran; kontrollera adressen (--base-url)",
            "HTTP 404: Kolada refused the request; check the address (--base-url)",
        ),
    ],
)
def test_an_error_that_stays_is_named_with_the_request(
    kolada: Kolada, status: int, swedish: str, english: str
) -> None:
    kolada.default = Answer(status, b"")
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url, retries=1, backoff=0).data(["A"], "0665", [2022])
    [problem] = refused.value.problems
    assert (problem.where, problem.message.render("sv"), problem.message.render("en")) == (
        f"{kolada.url}/data/kpi/A/municipality/0665/year/2022?per_page=5000",
        swedish,
        english,
    )
    assert len(kolada.requests) == (1 if status == 404 else 2)


def test_no_answer_in_time_is_a_timeout(kolada: Kolada) -> None:
    kolada.default = Answer(200, data([]), delay=1.0)
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url, timeout=0.2, retries=0).data(["A"], "0665", [2022])
    assert refused.value.problems[0].message.render("en") == (
        "no answer within 0.2 s; try again later or raise --timeout"
    )
    assert refused.value.problems[0].message.render("sv") == (
        "inget svar inom 0,2 s; försök igen senare eller höj --timeout"
    )


def test_malformed_json_names_the_request(kolada: Kolada) -> None:
    kolada.default = Answer(200, "<html>Kolada är nere</html>".encode())
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url).data(["A"], "0665", [2022])
    [problem] = refused.value.problems
    assert problem.where.endswith("/data/kpi/A/municipality/0665/year/2022?per_page=5000")
    assert problem.message.render("en") == (
        "the answer is not valid JSON (line 1, column 1); try again later (the answer: "
        "<html>Kolada är nere</html>)"
    )
    assert problem.message.render("sv") == (
        "svaret är inte giltig JSON (rad 1, kolumn 1); försök igen senare (svaret: "
        "<html>Kolada är nere</html>)"
    )


def test_a_next_page_on_another_host_is_not_followed(kolada: Kolada) -> None:
    kolada.default = Answer(200, data([], next_page="http://example.org/steal"))
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url).data(["A"], "0665", [2022])
    assert refused.value.problems[0].message.render("en") == (
        "the next page is on another host (http://example.org/steal); not followed"
    )
    assert refused.value.problems[0].message.render("sv") == (
        "länken till nästa sida går till en annan server (http://example.org/steal); den följs inte"
    )


def test_no_server_is_a_connection_problem() -> None:
    with pytest.raises(ImportRefused) as refused:
        KoladaClient("http://127.0.0.1:9/v2", retries=0).data(["A"], "0665", [2022])
    assert refused.value.problems[0].message.render("en") == (
        "could not connect ([Errno 111] the connection was refused); check the address and "
        "the network"
    )
    assert refused.value.problems[0].message.render("sv") == (
        "kunde inte ansluta ([Errno 111] anslutningen nekades); kontrollera adressen och nätverket"
    )


def test_a_page_that_breaks_is_named_by_its_own_address(kolada: Kolada) -> None:
    # The first page is good; the second answers 502 every time, the third is no Kolada answer.
    second, third = f"{kolada.url}/page2?page=2", f"{kolada.url}/page3?page=3"
    kolada.answers[PATH.format("A", "2022")] = [
        Answer(body=data([("A", 2022, 1)], next_page=second))
    ]
    kolada.answers["/v2/page2"] = [Answer(502, b"<h1>Bad gateway</h1>")] * 2
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url, retries=1, backoff=0).data(["A"], "0665", [2022])
    assert [(p.where, p.message.render("sv")) for p in refused.value.problems] == [
        (
            second,
            "HTTP 502: servern hos Kolada svarade med ett fel, även efter nya försök; försök "
            "igen senare (svaret: <h1>Bad gateway</h1>)",
        )
    ]
    kolada.answers[PATH.format("A", "2022")] = [
        Answer(body=data([("A", 2022, 1)], next_page=third))
    ]
    kolada.answers["/v2/page3"] = [Answer(body=b'{"values": {"kpi": "A"}}')]
    with pytest.raises(ImportRefused) as refused:
        KoladaClient(kolada.url, retries=0).data(["A"], "0665", [2022])
    assert [(p.where, p.format("sv"), p.format("en")) for p in refused.value.problems] == [
        (
            third,
            f"{third}: ett svar med data från Kolada väntades: ett objekt med listan 'values'",
            f"{third}: expected a Kolada data answer: an object with a list 'values'",
        )
    ]


def test_an_address_requests_cannot_ask_is_a_failed_request() -> None:
    with pytest.raises(ImportRefused) as refused:
        KoladaClient("ftp://127.0.0.1/v2", retries=0).data(["A"], "0665", [2022])
    [problem] = refused.value.problems
    assert (problem.message.render("sv"), problem.message.render("en")) == (
        "begäran misslyckades (InvalidSchema); kontrollera adressen (--base-url)",
        "the request failed (InvalidSchema); check the address (--base-url)",
    )


def test_a_long_retry_after_is_cut_to_the_longest_wait(
    kolada: Kolada, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ambition.importing.client as client

    monkeypatch.setattr(client, "MAX_WAIT", 0.05)
    kolada.answers[PATH.format("A", "2022")] = [
        Answer(429, b"", headers={"Retry-After": "3600"}),
        Answer(body=data([("A", 2022, 1)])),
    ]
    started = time.monotonic()
    assert [o.value for o in KoladaClient(kolada.url).data(["A"], "0665", [2022])] == [1.0]
    assert time.monotonic() - started < 5


def test_one_id_over_too_many_years_is_split_by_years(kolada: Kolada) -> None:
    kolada.answers[PATH.format("A", "2020,2021,2022")] = [Answer(422, b"")]
    kolada.answers[PATH.format("A", "2020")] = [Answer(body=data([("A", 2020, 1)]))]
    kolada.answers[PATH.format("A", "2021,2022")] = [Answer(body=data([("A", 2021, 2)]))]
    found = KoladaClient(kolada.url).data(["A"], "0665", [2020, 2021, 2022])
    assert [o.year for o in found] == [2020, 2021]
    assert [r.split("/")[-1].split("?")[0] for r in kolada.requests] == [
        "2020,2021,2022",
        "2020",
        "2021,2022",
    ]
