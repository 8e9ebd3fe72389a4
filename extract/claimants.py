"""DocContext + a figure's span → who the article attributes the figure to ("Vitali Klitschko", "Ukraine's Air Force")."""
from __future__ import annotations

import bisect

import regex

from extract.actornames import (MISSIONS, capital_body, complete_body, display_names, forces_named_before,
                                mission_named_before, nation_free, utility_named_before)
from extract.actors import (_BODY_ROLES, BODY_ALIASES, GIVEN_NAMES, OUTLETS, PEOPLE, UN_FAMILY, Actor,
                            find_actors, role_of)
from extract.claimcues import (
    BACKGROUND_RX, CITING_RX, CONTRAST_RX, HEADLINE_ROLE_RX, HEAD_OF_RX, MAX_JOINED, NAME_GAP_RX, REPORTED_BY_RX, scene_change,
    SOURCE_LINE_RX, SOURCE_REACH, SUBJECT_LEAD_RX, _ABBREVIATIONS, another_day, line_label,
    new_event_between, other_voice_between)
from extract.figureclauses import NUMBER_RX
from extract.claimclauses import added_to, conceded
from extract.claimsources import (DocClaimants, credit_headline_nation, from_source_cell, _from_later_in_paragraph,
                                   _from_list_intro, _from_report, _from_section_lead, _last_link,
                                   _links_in, _report_body)
from extract.claimspeakers import paragraph_person, source_in, turn_label
from extract.readreports import from_reports_read
from extract.context import DocContext
from extract.interviews import cast_turn, interview_answer, named_turn, titled_turn
from extract.owncounts import counted_from, my_count, own_act, own_count
from extract.placeweights import head_end
from extract.roleholders import (HEADED_OFFICE_RX, another_regions, another_towns, crew_speaking, force_speaking, headed_office, holder_elsewhere, ministry_of, named_after, named_next, office_of_person, own_office,
                                 role_as_written, sole_holder, title_body_end)
from extract.quoteblocks import box_of_source, from_quote_block, notice_speaker, statement_speaker
from extract.groupowners import owned_groups
from extract.speechcues import head_named_after, own_kills_body, speaks_on_its_line, speech_cue, tagged_on


def _doc_claimants(ctx: DocContext) -> DocClaimants:
    cached = ctx.__dict__.get("_claimants")
    if cached is not None:
        return cached
    text = ctx.text
    doc = DocClaimants(owned_groups(find_actors(text, ctx.lines), text))
    for actor in doc.actors:
        if (actor.kind == "person" and _AT_PLACE_RX.search(text, max(0, actor.start - 12), actor.start)
                and not text.startswith(("'s", "’s"), actor.end)):   # (not "in Zelensky's address")
            actor.name = ""   # "killed in Novaya Tavolzhanka, the governor said": a place's name, no person's
        elif actor.kind == "person":
            sent_start, sent_end = ctx.sentence_at(actor.start)
            actor.role = role_of(text[max(sent_start, actor.start - 80):min(sent_end, actor.end + 90)])
            doc.surnames.setdefault(actor.name.split()[-1], actor.name)
            if actor.name.split()[0] in GIVEN_NAMES:
                doc.given.setdefault(actor.name.split()[0], actor.name)
    _resolve_all(doc, ctx)
    _credit_headline_role(doc, ctx)
    credit_headline_nation(doc, ctx, head_end(ctx))
    doc.display = display_names(doc.actors, text)
    doc.link_starts = [link[0] for link in doc.links]
    doc.report_body = _report_body(ctx, doc)
    doc.statement = statement_speaker(ctx, doc)
    # not a footer's credit (in the first half, or the first lines of a short text)
    source = SOURCE_LINE_RX.search(text, 0, max(len(text) // 2, SOURCE_REACH)) or REPORTED_BY_RX.search(text)
    if source:
        lo = bisect.bisect_left(doc.actors, source.end(), key=lambda a: a.start)
        following = [a for a in doc.actors[lo:lo + 3] if a.start < source.end() + 40 and a.name
                     and a.name not in OUTLETS]
        doc.source = following[0].name if following else None
        if following and following[0].kind == "body" and HEAD_OF_RX.search(text[source.end():following[0].start]):
            # "This was reported by the head of the Kherson administration, Oleksandr Prokudin": the head
            i = doc.actors.index(following[0])
            head = doc.actors[i + 1] if i + 1 < len(doc.actors) else None
            if head is not None and head.kind == "person" and head.name and NAME_GAP_RX.fullmatch(text, following[0].end, head.start):
                doc.source = head.name
        if doc.source and SOURCE_LINE_RX.match(text, source.start()) and (box := box_of_source(ctx, source.start())) is not None:
            doc.source_box, doc.source = (box, source.start(), doc.source), None   # a fact box's source, not the page's
    ctx.__dict__["_claimants"] = doc
    return doc


def _resolve_all(doc: DocClaimants, ctx: DocContext) -> None:
    """Names for surnames, roles and pronouns, in text order; then every attribution link of the article."""
    text = ctx.text
    last_person: Actor | None = None
    last_speaker_person: str | None = None
    last_speaker_person_at = -1
    ministers: dict[str, str] = {}   # a ministry → its minister, as the article titles him
    last_speaker_body: str | None = None
    last_speaker_body_at = -1
    by_role: dict[str, str] = {}
    by_role_at: dict[str, int] = {}   # where the role's holder was named
    last_body: dict[str, str] = {}
    last_body_at: dict[str, int] = {}
    offices: dict[str, str] = {}   # a person → the administration or council the article makes them head of
    # a bare "UN" before the article says which UN body ("UN confirms 6,700 killed" over "the UN human rights office
    # says"): the first one it names; after that, the one named last
    last_un = next((a.name for a in doc.actors if a.kind == "body" and a.name in UN_FAMILY), "UN")
    last_body_actor: Actor | None = None
    before_sentence: Actor | None = None   # the last body named before the sentence of last_body_actor
    full_forms: dict[str, str] = {}   # body name without nation → the fullest form the article gave
    forces_spoke: list[str] = []   # a nation's forces the article made speak ("Ukraine's armed forces said")
    last_mission: str | None = None   # the monitoring mission named last, which a bare "the mission" stands for
    utilities: list[str] = []   # power utilities named so far, which "the regional power company" may stand for
    covered_until = -1   # end of a speaker's appositive: bodies named inside it are not the speaker
    # a body whose unnamed head spoke last ("the head of the town's administration told"), and the paragraph it spoke in
    headed: tuple[str, int] | None = None
    for i, actor in enumerate(doc.actors):
        if actor.kind == "surname":
            # A lone capitalised word is a person when the article or the people list knows the surname, or, as
            # written, when it speaks itself ("Sybiha said", "08:40 – Tkachenko: ...", "according to Baza").
            written = actor.name
            if police := force_speaking(written, actor, ctx, last_body, last_body_at):
                actor.name, actor.kind = police, "body"   # "..., the Donetsk regional police said. Officers said ...": that police
                continue
            actor.name = doc.surnames.get(written) or PEOPLE.get(written) or doc.given.get(written) or ""
            actor.kind = "person"
            # a given name alone ("Halyna says") is an interviewee's, not a source's: no speaker as written
            if not actor.name and written not in GIVEN_NAMES and speaks_on_its_line(actor, text):
                actor.name = written
        elif actor.kind == "group" and (forces := forces_named_before(actor, text, forces_spoke)):
            actor.name = forces   # "Ukraine's armed forces said ... the military said": the forces named before
        elif actor.kind == "group" and last_body_actor is not None and (capital := capital_body(
                actor, text, last_body_actor, ctx.sentence_index(actor.start) - ctx.sentence_index(last_body_actor.start))):
            actor.name = capital   # "Russia's Defence Ministry ... during which, Moscow said, ...": that ministry
        elif actor.kind == "group" and (crew := crew_speaking(actor, ctx, last_body, last_body_at)):
            actor.name, actor.kind = crew, "body"   # "The State Emergency Service ... According to the rescuers, 13 died"
        elif actor.kind == "role":
            if actor.name in _BODY_ROLES:
                actor.name = (another_towns(actor, ctx, last_body.get(actor.name, "")) or own_office(
                    actor, ctx, last_body_at, offices.get(last_speaker_person or ""))
                              or last_body.get(actor.name, "")) if actor.name != "report" else (
                    _subject_body(last_body_actor, actor, ctx) or last_speaker_body or "")
                if actor.name and ministers.get(actor.name) == last_speaker_person and last_speaker_person_at >= 0 \
                        and ctx.sentence_index(actor.start) - ctx.sentence_index(last_speaker_person_at) <= 1:
                    actor.name, actor.kind = last_speaker_person, "person"   # "..., Interior Minister Klymenko said. The ministry's count ..."
                elif actor.name:
                    actor.kind = "body"   # "the mission" stands for the body named before: it speaks as that body
            else:   # "the regional governor said": the governor named before, or right after, else the role as written
                if office := HEADED_OFFICE_RX.search(text, actor.start, actor.end):
                    last_body["administration"] = office.group(1).lower()   # "the head of the regional military administration"
                held = by_role.get(actor.name) if not holder_elsewhere(by_role_at.get(actor.name), actor, ctx) else None
                actor.name = (held or named_after(doc.actors, i, text)
                              or named_next(doc.actors, i, ctx) or sole_holder(actor.name, text, actor.start)
                              or _headline_holder(doc.actors, i, ctx) or role_as_written(text[actor.start:actor.end]))
        elif actor.kind == "pronoun":
            if actor.name in ("he", "she", "him", "her", "his"):
                same_sentence = last_person is not None and ctx.sentence_at(last_person.start) == ctx.sentence_at(actor.start)
                near = same_sentence or paragraph_person(doc, ctx, last_person, last_speaker_person, actor.start)
                actor.name = (last_person.name if near else last_speaker_person
                              or (last_person.name if last_person else ""))
                if headed is not None and ctx._index(ctx.lines, actor.start) - headed[1] <= 1:
                    # "the head of the town's military administration told ... // "...," he said" (that paragraph or the next)
                    actor.name = headed[0]
                if actor.name and (office := headed_office(actor, text, by_role)):
                    actor.name, actor.kind, actor.end = office[0], "body", office[1]   # "according to his administration"
            else:
                sentence = ctx.sentence_at(actor.start)
                antecedent = last_body_actor
                if antecedent is not None and ctx.sentence_at(antecedent.start) == sentence and tagged_on(actor, text):
                    antecedent = before_sentence   # "Russia launched 539 drones, it said": Russia is what it said
                same_sentence = antecedent is not None and ctx.sentence_at(antecedent.start) == sentence
                # "the air force said Russia had launched 140 drones ... it said": the body speaking in the sentence
                speaker_here = last_speaker_body_at >= 0 and ctx.sentence_at(last_speaker_body_at) == sentence
                actor.name = (last_speaker_body if speaker_here else antecedent.name if same_sentence
                              else _subject_body(antecedent, actor, ctx) or last_speaker_body) or ""
        if actor.kind == "body" and actor.name == "UN":
            actor.name = last_un
        if actor.kind == "person" and actor.name and not turn_label(actor, ctx):
            last_person = actor
            headed = None
            if actor.role:
                by_role[actor.role], by_role_at[actor.role] = actor.name, actor.start
                if "deputy" in text[max(0, actor.start - 40):actor.start].lower():   # "Deputy Prime Minister X"
                    by_role[f"deputy {actor.role}"], by_role_at[f"deputy {actor.role}"] = actor.name, actor.start
            if actor.role == "minister" and (ministry := ministry_of(actor, text, BODY_ALIASES)):
                # "the ministry" is his (unless the article named his ministry in full: "Russia's Defense Ministry")
                if not last_body.get("ministry", "").lower().endswith(ministry.lower()):
                    last_body["ministry"], last_body_at["ministry"] = ministry, actor.start
                ministers[last_body["ministry"]] = actor.name
        if actor.kind == "body" and actor.name in MISSIONS:
            actor.name = last_mission = mission_named_before(actor, text, last_mission)
        if actor.kind == "body" and actor.name:   # "according to Lvivoblenergo ... the regional power distributor said"
            actor.name = utility_named_before(actor.name, utilities)
        if actor.kind == "body" and actor.name:
            as_named = actor.name
            complete_body(actor, full_forms)
            if actor.name != as_named and (own := another_towns(actor, ctx, actor.name) or another_regions(actor, ctx, actor.name)):
                actor.name = own   # "the city's military administration" of another town than the one named before
        if actor.kind in ("body", "group") and actor.name and not (actor.kind == "group" and _OWNER_ONLY_RX.match(text, actor.end)):
            if last_body_actor is None or ctx.sentence_at(last_body_actor.start) != ctx.sentence_at(actor.start):
                before_sentence = last_body_actor
            last_body_actor = actor
        if actor.kind == "body":
            if actor.name.lower().endswith("armed forces") and speech_cue(actor, text) is not None:
                forces_spoke.append(actor.name)
            if actor.name in UN_FAMILY:
                last_un = actor.name
            written = (actor.name + " " + text[actor.start:actor.end]).lower()   # "UN refugee agency" → UNHCR
            for head in (*(r for r in _BODY_ROLES if r != "report"), "police"):
                if head in written:
                    last_body[head] = actor.name
                    last_body_at[head] = actor.start
        if not actor.name or actor.start < covered_until:
            continue
        following = doc.actors[i + 1] if i + 1 < len(doc.actors) else None
        # "the regional energy company Chernihivoblenergo", "the UN refugee agency, UNHCR,": the name in apposition speaks
        # (not a role told after a name: "Lvivoblenergo, the regional power company, said" is Lvivoblenergo's)
        appositive_name = following.name if (actor.kind == "body" and actor.bare and following is not None and following.name
                                             and following.name[:1].isupper() and following.kind in ("body", "surname")
                                             and _APPOSITION_GAP_RX.fullmatch(text, actor.end, following.start)) else None
        speech = speech_cue(actor, text)
        if speech is not None:
            appositive = speech.group("appos") if "appos" in speech.groupdict() else None
            if appositive and actor.kind != "person" and _names_person(doc, actor.end, actor.end + len(appositive)):
                continue   # "the head of the administration, Oleh Syniehubov, said": the person speaks
            if appositive and not CITING_RX.match(appositive):   # "TASS, citing the ministry, reported": cited
                covered_until = actor.end + speech.end()
            head = head_named_after(doc.actors, i, text, speech)
            if head is not None:   # "according to the head of the Kharkiv administration, Oleh Syniehubov, ..."
                doc.links.append((actor.start, head.end, head.name))
                last_speaker_person, last_speaker_person_at = head.name, head.start
                covered_until = head.end
                continue
            doc.links.append((actor.start, actor.end, appositive_name or (source_in(text, actor) if actor.kind == "body" else actor.name)))
            # a body its unnamed head speaks for: "he" after it is that head, credited as the body
            if actor.kind == "body" and HEAD_OF_RX.search(text, max(0, actor.start - 40), actor.start):
                headed = (actor.name, ctx._index(ctx.lines, actor.start))
            elif actor.kind == "person":
                headed = None
            if actor.kind == "person":
                last_speaker_person, last_speaker_person_at = actor.name, actor.start
                covered_until = max(covered_until, title_body_end(doc.actors, i, text))
                office = office_of_person(doc.actors, i, text)
                if office:
                    offices[actor.name] = office
            elif actor.kind == "body":
                last_speaker_body = actor.name
                last_speaker_body_at = actor.start
                doc.body_links.add(actor.start)


# a state named as an owner ("a daily tally of Russia's", "Russia's losses") is what is told of, not what "it" stands for
_OWNER_ONLY_RX = regex.compile(r"['’]s?(?![\p{L}\p{M}])")


def _subject_body(body: Actor | None, actor: Actor, ctx: DocContext) -> str | None:
    """"Ukraine's General Staff publishes a daily tally. On Friday it put ...": a body opening this sentence or the one
    before in the paragraph is what "it" or "the last update" after it stands for, speaker or not."""
    if body is None or body.kind != "body" or not body.name:
        return None
    here = ctx.sentence_index(actor.start)
    there = ctx.sentence_index(body.start)
    if here - there > 1 or ctx.line_at(body.start) != ctx.line_at(actor.start):
        return None
    sent_start, _ = ctx.sentences[there]
    return body.name if SUBJECT_LEAD_RX.fullmatch(ctx.text, sent_start, body.start) else None


def _headline_holder(actors, i: int, ctx: DocContext) -> str:
    """"..., the region's governor says" in the headline, and the body names him later ("the head of the Sumy Regional
    Military Administration, Volodymyr Artiukh, said"): the headline's role is the first later person of that role."""
    # (a headline has no full stop: a first line that is a sentence credits a role the body need not name again)
    if not ctx.lines or not ctx.lines[0][0] <= actors[i].start < ctx.lines[0][1] or ctx.text[:ctx.lines[0][1]].rstrip().endswith("."):
        return ""
    return next((a.name for a in actors[i + 1:] if a.kind == "person" and a.name and a.role == actors[i].name), "")


def _credit_headline_role(doc: DocClaimants, ctx: DocContext) -> None:
    """"Five killed in Kharkiv strike - governor", "Mayor: 3 injured": the headline credits the person of that
    role the article names, else the role as written."""
    if not ctx.lines:
        return
    start, end = ctx.lines[0]
    found = HEADLINE_ROLE_RX.search(ctx.text, start, end)
    if found is None:
        return
    phrase = found.group("lead") or found.group("tail")
    role = role_of(phrase)
    name = next((a.name for a in doc.actors if a.kind == "person" and a.role == role and a.name), phrase.lower())
    doc.links.append((found.start("lead") if found.group("lead") else found.start("tail"), found.end(), name))
    doc.links.sort(key=lambda link: link[0])


def _names_person(doc: DocClaimants, start: int, end: int) -> bool:
    lo = bisect.bisect_left(doc.actors, start, key=lambda a: a.start)
    hi = bisect.bisect_left(doc.actors, end, key=lambda a: a.start)
    return any(a.kind == "person" and a.end <= end for a in doc.actors[lo:hi])


_AT_PLACE_RX = regex.compile(r"\b(?:in|near|outside)\s++$")


def _unit(ctx: DocContext, offset: int) -> tuple[int, int]:
    """The sentence holding offset, joined with the next few while it ends in ";" or ":" inside one line (a few:
    a line of a thousand semicolons would otherwise make every figure in it read the whole line)."""
    i = ctx.sentence_index(offset)
    start, end = ctx.sentences[i] if ctx.sentences else (0, len(ctx.text))
    _, line_end = ctx.line_at(offset)
    last = i + MAX_JOINED
    while i + 1 < min(len(ctx.sentences), last + 1) and ctx.sentences[i + 1][1] <= line_end and (
            ctx.text[end - 1:end] in (";", ":") or ctx.text.endswith(_ABBREVIATIONS, 0, end)):
        i += 1
        end = ctx.sentences[i][1]
    return start, end


def _generic(name: str) -> bool:
    return name.lower().removeprefix("the ") in ("authorities", "officials", "regional authorities", "local authorities",
                                                 "regional officials", "local officials")


def claimant(ctx: DocContext, span_start: int, span_end: int) -> str | None:
    """Who the figure at text[span_start:span_end] is attributed to, or None when the outlet states it itself."""
    doc = _doc_claimants(ctx)
    name = _attributed(ctx, doc, span_start, span_end)
    return (doc.display.get(name) or doc.display.get(nation_free(name)) or name) if name else name


_APPOSITION_GAP_RX = regex.compile(r"[^\S\n]*+,?[^\S\n]*+")
# a credit's clause ends at ", and" before another clause's figure
_AND_NEXT_RX = regex.compile(r"[^,.;\n]{0,25},\s*+and\s")
# a speaker opening the next clause ("..., and Leontyev, the mayor, said five had died") credits no figure before it
_AND_SPEAKER_RX = regex.compile(r",\s*+(?:and|while|as)\s++(?:the\s++)?$")
_TAG_INSIDE_RX = regex.compile(r"\s++(?:said|says|added|adds|wrote|writes|reported|reports|stated|noted)\s*+,\s++"
                               r"(?!(?:and|but|while|as|adding|citing|according|though|although|whereas)\b)")
_CLAUSE_BREAK_RX = regex.compile(r";|,\s++(?:and|while|but|whereas)\s")
_ASIDE_RELATIVE_RX = regex.compile(r"\s[—–-]\s[^.;\n]*?\b(?:that|which)\s++(?:the\s++|local\s++|regional\s++)?$")
_SPEECH_AFTER_RX = regex.compile(r"\s++(?:have\s++|had\s++)?(?:said|say|says|reported|report|reports|told|wrote|announced|confirmed|stated)\b")


def _fronted_tag(text: str, span_end: int, link_start: int) -> bool:
    """A new clause between the figure and a tag, its own figure still to come ("..., and in Kharkiv region, governor X
    said, half a million ..."); not "..., and wounded 73 others, officials said, in one of the deadliest strikes"."""
    breaks = list(_CLAUSE_BREAK_RX.finditer(text, span_end, link_start))
    return bool(breaks) and NUMBER_RX.search(text, breaks[-1].end(), link_start) is None


def _attributed(ctx: DocContext, doc: DocClaimants, span_start: int, span_end: int) -> str | None:
    text = ctx.text
    if ctx.table_rows and (cell := from_source_cell(ctx, doc, ctx.line_at(span_start)[0])):
        return cell   # a fact box's row: its "Source" cell says whose figure it is
    unit_start, unit_end = _unit(ctx, span_start)
    if writer := my_count(ctx, unit_start, unit_end):
        return writer   # "By my tally of the Air Force's posts, ...": the signed analyst's own sum
    links = [link for link in _links_in(doc, unit_start, max(unit_end, span_end)) if not counted_from(ctx, link)]
    if len(links) > 1 and any(link[2] not in OUTLETS for link in links):
        # "..., the Kyiv Independent reported, citing local officials": the outlet passes on another's figure
        links = [link for link in links if link[2] not in OUTLETS]
    # "... 59 missiles were shot down, and in Kharkiv region, governor X said, half a million people were left without
    # heating": a tag set inside a later clause, its own content after it, credits that clause only
    links = [link for link in links if not (link[0] >= span_end and _TAG_INSIDE_RX.match(text, link[1])
                                            and _fronted_tag(text, span_end, link[0]))
             # "Only nine were intercepted — a low share that officials put down to the types used": the subject of
             # an aside's relative clause explains the figure, it does not report it
             and not (link[0] >= span_end and _ASIDE_RELATIVE_RX.search(text, span_end, link[0])
                      and not _SPEECH_AFTER_RX.match(text, link[1]))
             and not conceded(text, link, span_start)]
    if not links and any(conceded(text, link, span_start) for link in _links_in(doc, unit_start, span_start)):
        return None   # (nor the paragraph's speaker before: the concession is the outlet's)
    if links:
        line_start = ctx.line_at(span_start)[0]

        def distance(link):
            gap = (span_end, link[0]) if link[0] >= span_end else (link[1], span_start)
            # a statement after a semicolon, or a speaker after "while"/"but", is another speaker's
            between = text[gap[0]:gap[1]]
            # (a credit closing the clause before, ", and" after it: "60,000 were cut off, the energy company said,
            # and about 40% ..., according to Chernihivoblenergo" is the first clause's)
            if link[1] <= span_start and line_label(text, line_start, link):
                return gap[1] - gap[0]   # "09:20 — Starukh: ... given by the emergency service, was wrong; ... 11"
            return max(gap[1] - gap[0], 0) + (300 if ";" in between or CONTRAST_RX.search(between)
                                              or link[1] <= span_start and _AND_NEXT_RX.match(between)
                                              or link[0] >= span_end and _AND_SPEAKER_RX.search(between) else 0)
        name = min(links, key=distance)[2]
        return doc.source if doc.source and _generic(name) else name
    if (link := added_to(ctx, doc, span_start)) is not None:
        return link[2]   # "Another 79 people were wounded": the speaker of the figures it adds to
    if speaker := cast_turn(ctx, doc, span_start):
        return speaker   # a transcript's turn is its speaker's, not the body he cited a sentence before
    line_start, _ = ctx.line_at(span_start)
    if (earlier := _last_link(doc, line_start, unit_start)) and counted_from(ctx, earlier):
        earlier = None   # "Using the mission's data, we estimate ... December alone saw 113 killed": still the outlet's
    labelled = False
    if earlier and (label := next(iter(_links_in(doc, line_start, unit_start)), None)) and line_label(text, line_start, label):
        earlier, labelled = label, True   # "Klitschko: the 20 given by the police was wrong; 9 were injured": the turn's speaker
    # (the label speaks the whole line, a new place or day in it too: "Bryansk governor Bogomaz: no casualties. In the
    # Bryansk district, 1,200 residents were left without power")
    if earlier and labelled or earlier and not scene_change(text, unit_start, earlier[2], ctx.sentence_at(earlier[0])) and not another_day(
            text, (unit_start, unit_end), ctx.sentence_at(earlier[0])) and not new_event_between(
            text, ctx.sentences[ctx.sentence_index(earlier[0]) + 1:ctx.sentence_index(unit_start)]) and not own_act(
            ctx, unit_start, unit_end) and not other_voice_between(
            text, ctx.sentences[ctx.sentence_index(earlier[0]) + 1:ctx.sentence_index(unit_start) + 1]):
        # (not the page's own work, "Police told us ... We managed to get nine people out", nor past another voice,
        # "Tkachenko was saying 23 ... Today the city said the toll had risen to 25. More than 60 were injured")
        return earlier[2]
    if doc.source_box and doc.source_box[0] <= span_start < doc.source_box[1]:
        return doc.source_box[2]
    if BACKGROUND_RX.match(text, line_start, line_start + 40) or own_count(ctx, unit_start, unit_end):
        # "Background: On 12 November, drones killed 2", "By our count, ...": the outlet's own, not a source's
        return None   # (the label bounded: regex scans the rest for its letters)
    return (from_quote_block(ctx, doc, span_start) or interview_answer(ctx, doc, span_start) or titled_turn(ctx, span_start)
            or named_turn(ctx, doc, span_start) or _from_later_in_paragraph(ctx, doc, unit_end)
            or _from_list_intro(ctx, doc, line_start) or notice_speaker(ctx, line_start) or _from_section_lead(ctx, doc, line_start)
            or _from_report(doc, unit_start) or from_reports_read(ctx, doc, unit_start, unit_end, (span_start, span_end))
            or own_kills_body(doc.actors, text, unit_start, span_start) or doc.source or doc.statement)


