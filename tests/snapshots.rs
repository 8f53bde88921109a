//! Whole-article snapshots: every quotation of an article with what it is, who said it, by
//! which rule, through which words and how sure, then the speakers. The articles are the two
//! seed fixtures and articles written for this project (`tests/snapshots/*.txt`, news in our
//! own words that gathers the hard cases: descriptions, namesakes, page furniture, addressees,
//! statements, terms and signs, a quotation over two paragraphs).
//!
//! A snapshot pins behaviour, right or wrong: a change shows up as a diff to read. Known
//! mistakes stay visible in the `.snap` files. After a deliberate change,
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them.

use std::fmt::Write;
use std::path::Path;

/// The article's annotations as lines a reviewer can read.
fn render(text: &str) -> String {
    let a = whosaid::annotate_text(text);
    let mut out = String::new();
    for (i, q) in a.quotes.iter().enumerate() {
        let quoted = &text[q.span.start..q.span.end];
        let kind = serde_json::to_value(q.kind).unwrap();
        let who = a.speaker_of(i).map_or("-", |s| s.name.as_str());
        let mention = q.mention.map_or("", |m| &text[m.start..m.end]);
        writeln!(
            out,
            "{i:>2} {:<8} {quoted:?}\n   => {who} [{}, mention {mention:?}, {:.2}]",
            kind.as_str().unwrap(),
            q.rule.name(),
            q.confidence
        )
        .unwrap();
    }
    writeln!(out, "speakers:").unwrap();
    for s in &a.speakers {
        let kind = serde_json::to_value(s.kind).unwrap();
        writeln!(
            out,
            "  {} ({}, {} quotes){}{}",
            s.name,
            kind.as_str().unwrap(),
            s.quotes,
            s.role
                .as_ref()
                .map_or(String::new(), |r| format!("; role {r}")),
            s.description
                .as_ref()
                .map_or(String::new(), |d| format!("; {d}"))
        )
        .unwrap();
    }
    out
}

fn check(article: &Path) {
    let text = std::fs::read_to_string(article).unwrap();
    let snap = article.with_extension("snap");
    let got = render(&text);
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::write(&snap, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&snap).unwrap_or_else(|_| {
        panic!(
            "{} has no snapshot: UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
            article.display()
        )
    });
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .filter(|(w, g)| w != g)
            .take(12)
            .map(|(w, g)| format!("- {w}\n+ {g}"))
            .collect();
        panic!(
            "{} changed (UPDATE_SNAPSHOTS=1 to accept):\n{}\n(line counts {} -> {})",
            snap.display(),
            diff.join("\n"),
            want.lines().count(),
            got.lines().count()
        );
    }
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn council_vote() {
    check(&Path::new(ROOT).join("tests/snapshots/council-vote.txt"));
}

#[test]
fn harbour_strike() {
    check(&Path::new(ROOT).join("tests/snapshots/harbour-strike.txt"));
}

/// Local news: a council vote, a critic, a bakery owner, a mayor named by office.
#[test]
fn ferry_vote() {
    check(&Path::new(ROOT).join("tests/snapshots/ferry-vote.txt"));
}

/// Sports: a rookie, a captain and a goalie named by what they are (`the veteran`, `the goalie`).
#[test]
fn overtime_rookie() {
    check(&Path::new(ROOT).join("tests/snapshots/overtime-rookie.txt"));
}

/// An inquiry: the so-called "Starlight Tours" (a name, not speech), a memo that warns, an
/// age for a name (`the 71-year-old`), a family writing on Facebook.
#[test]
fn inquiry_memo() {
    check(&Path::new(ROOT).join("tests/snapshots/inquiry-memo.txt"));
}

/// Culture: film titles (no speech), critics' words, a quotation inside a quotation, a funder
/// speaking through `, which said`.
#[test]
fn film_harvest() {
    check(&Path::new(ROOT).join("tests/snapshots/film-harvest.txt"));
}

/// Science: a study and its journal, a lead author placed at a university by `of`, an outside
/// expert, a teenager named by age.
#[test]
fn sleep_study() {
    check(&Path::new(ROOT).join("tests/snapshots/sleep-study.txt"));
}

/// Crime: a police news release, a constable, the accused, a pharmacist and a neighbour.
#[test]
fn pharmacy_break_in() {
    check(&Path::new(ROOT).join("tests/snapshots/pharmacy-break-in.txt"));
}

/// US politics: a party tag between appositions, unnamed sources familiar with the matter, a
/// tweet, a lawyer.
#[test]
fn house_subpoena() {
    check(&Path::new(ROOT).join("tests/snapshots/house-subpoena.txt"));
}

/// A wildfire: a fire's name in quotation marks (no speech), a minister, an evacuee and her
/// husband named by first name only.
#[test]
fn wildfire_evacuation() {
    check(&Path::new(ROOT).join("tests/snapshots/wildfire-evacuation.txt"));
}

/// A profile: a quotation over two paragraphs, a former student, a successor.
#[test]
fn principal_retires() {
    check(&Path::new(ROOT).join("tests/snapshots/principal-retires.txt"));
}

/// Canadian politics: a dateline, `said in French`, accented and hyphenated names, a brief to a
/// committee, `the premier`.
#[test]
fn language_bill() {
    check(&Path::new(ROOT).join("tests/snapshots/language-bill.txt"));
}

/// Labour: a quotation split by its cue, a sign's words (no speech), an unnamed nurse.
#[test]
fn nurses_strike() {
    check(&Path::new(ROOT).join("tests/snapshots/nurses-strike.txt"));
}

/// A family story: sisters called by given name, a shared surname, a husband named later.
#[test]
fn sisters_reunite() {
    check(&Path::new(ROOT).join("tests/snapshots/sisters-reunite.txt"));
}

/// Business: a conference call, an analyst's note, a union spokesperson who comes back as
/// `the spokesperson` (still unnamed there).
#[test]
fn grocer_warning() {
    check(&Path::new(ROOT).join("tests/snapshots/grocer-warning.txt"));
}

/// British court reporting: single quotation marks, `Ms`, a barrister, a police apposition.
#[test]
fn parish_fraud() {
    check(&Path::new(ROOT).join("tests/snapshots/parish-fraud.txt"));
}

#[test]
fn seed_people() {
    check(&Path::new(ROOT).join("tests/fixtures/seeds/people-blinken-war-crimes.txt"));
}

#[test]
fn seed_mediaite() {
    check(&Path::new(ROOT).join("tests/fixtures/seeds/mediaite-blinken-war-crimes.txt"));
}

/// International talks: names with particles and articles (`Juan Carlos de la Vega` then `de
/// la Vega`, `Fatima al-Rashid`), a name written surname first (`Nguyen Thi Lan`).
#[test]
fn flood_talks() {
    check(&Path::new(ROOT).join("tests/snapshots/flood-talks.txt"));
}

/// A court story: a mother named in apposition after a description (`the cyclist's mother,
/// Irene Kowal,`) then `she`, and a judge titled `Justice` then `the judge`.
#[test]
fn hit_and_run_verdict() {
    check(&Path::new(ROOT).join("tests/snapshots/hit-and-run-verdict.txt"));
}

/// A profile in the present tense (`says`, `recalls`), an epithet (`the retired nurse`), a
/// daughter named by her given name alone.
#[test]
fn swim_teacher() {
    check(&Path::new(ROOT).join("tests/snapshots/swim-teacher.txt"));
}

/// Canadian politics: an epithet for a new MP (`the first-term MP`), `Asked whether ..., he
/// said:`, a party statement and the critic who signed it, a chief of staff's email.
#[test]
fn mp_breaks_ranks() {
    check(&Path::new(ROOT).join("tests/snapshots/mp-breaks-ranks.txt"));
}

/// Local news: `X replied:`, `Pratt's response:`, a crowd's chant (`some of them chanted`), a
/// mayor's tweet after a colon.
#[test]
fn bike_lanes() {
    check(&Path::new(ROOT).join("tests/snapshots/bike-lanes.txt"));
}

/// Culture: a lede that names its subject in an opening phrase (`For Maya Boudreau, ...`) then
/// `the singer`, siblings who share a surname, a given name alone at the end.
#[test]
fn band_nominated() {
    check(&Path::new(ROOT).join("tests/snapshots/band-nominated.txt"));
}

/// Technology: a blog post that speaks for the company, `Asked whether ..., she declined ...,
/// saying only` after `Zhou said Voltera hopes to ...` (the company, which hopes, says
/// nothing).
#[test]
fn battery_startup() {
    check(&Path::new(ROOT).join("tests/snapshots/battery-startup.txt"));
}

/// British council news: single quotation marks, `Cllr`, a charity's director, `But a taxi
/// driver ... said he` then `he said`.
#[test]
fn speed_limit_vote() {
    check(&Path::new(ROOT).join("tests/snapshots/speed-limit-vote.txt"));
}

/// A federal deficit story: a lede's `Canada's finance minister says` named in the next
/// paragraph, a described budget officer who is not the economist quoted before.
#[test]
fn deficit_lede() {
    check(&Path::new(ROOT).join("tests/snapshots/deficit-lede.txt"));
}

/// Hockey: `the Swede said` for the captain named in the paragraph before, `Asked about the
/// winning goal, he shrugged.` before a quotation with no cue.
#[test]
fn overtime_swede() {
    check(&Path::new(ROOT).join("tests/snapshots/overtime-swede.txt"));
}

/// A couple who share a surname (`Jean-Guy and Louise Tremblay`), `his wife`, a French
/// compound given name.
#[test]
fn expo_couple() {
    check(&Path::new(ROOT).join("tests/snapshots/expo-couple.txt"));
}

/// A crash near a school: `The girl's mother told CTV News` then `the mother said`; a police
/// constable's statement; a parent named with a relative clause.
#[test]
fn school_crossing() {
    check(&Path::new(ROOT).join("tests/snapshots/school-crossing.txt"));
}

/// A Senate vote in wire style: `Sen. Maria Castellanos, D-Nev.`, then `The Nevada senator,
/// who faces re-election,` opening a sentence and `she` after it; a White House statement (an
/// organisation's); a press secretary quoted in between.
#[test]
fn border_vote() {
    check(&Path::new(ROOT).join("tests/snapshots/border-vote.txt"));
}

/// A fraud sentencing in British style (single marks, `told her:`): `the daughter of one
/// resident said`, then `the statement said` for her victim statement.
#[test]
fn care_home_fraud() {
    check(&Path::new(ROOT).join("tests/snapshots/care-home-fraud.txt"));
}

/// A hospital wait: `A spokesperson for Shared Health said` then `the spokesperson said`,
/// after a mother quoted with `she`.
#[test]
fn er_wait() {
    check(&Path::new(ROOT).join("tests/snapshots/er-wait.txt"));
}

/// A stabbing: a constable, then `A witness, who asked that her name not be used,` and `she`.
#[test]
fn bar_stabbing() {
    check(&Path::new(ROOT).join("tests/snapshots/bar-stabbing.txt"));
}

/// A nurses' rally: a sign that reads a slogan, chants, `The union's letter to the premier
/// ... warns that`, a ministry's statement, one nurse unnamed.
#[test]
fn nurses_rally() {
    check(&Path::new(ROOT).join("tests/snapshots/nurses-rally.txt"));
}

/// A byelection: a party's member named by the party alone (`the Conservative said`).
#[test]
fn byelection() {
    check(&Path::new(ROOT).join("tests/snapshots/byelection.txt"));
}

/// A sentencing: a judge by office, the accused, the victim's mother named after her quotation.
#[test]
fn impaired_sentence() {
    check(&Path::new(ROOT).join("tests/snapshots/impaired-sentence.txt"));
}

/// A feud on social media: posted, quipped, quoted by a paper, `according to`, conceded.
#[test]
fn transit_feud() {
    check(&Path::new(ROOT).join("tests/snapshots/transit-feud.txt"));
}

/// Business news: `the Toronto-based firm`, an outlet told, an association named in a role.
#[test]
fn robotics_forecast() {
    check(&Path::new(ROOT).join("tests/snapshots/robotics-forecast.txt"));
}

/// A study: its lead author named after an inverted cue, a co-author, the researchers writing.
#[test]
fn walking_study() {
    check(&Path::new(ROOT).join("tests/snapshots/walking-study.txt"));
}

/// A flood: volunteers of whom `One` and `Another` speak, a mayor, neighbours by pronoun.
#[test]
fn flood_volunteers() {
    check(&Path::new(ROOT).join("tests/snapshots/flood-volunteers.txt"));
}

/// A family story: three Kowalskis, a bare surname picked by the pronoun after it, a letter.
#[test]
fn crossing_guard() {
    check(&Path::new(ROOT).join("tests/snapshots/crossing-guard.txt"));
}

/// A court challenge: a quotation opening the story, then `That was the message from ...`.
#[test]
fn pipeline_challenge() {
    check(&Path::new(ROOT).join("tests/snapshots/pipeline-challenge.txt"));
}

/// A debate: two men by pronoun in turn, `Sutherland, in his closing statement, said ...`.
#[test]
fn mayoral_debate() {
    check(&Path::new(ROOT).join("tests/snapshots/mayoral-debate.txt"));
}

/// A UK story in single marks: a headline's words repeated in the body, a nested question.
#[test]
fn cladding_tenants() {
    check(&Path::new(ROOT).join("tests/snapshots/cladding-tenants.txt"));
}

/// Business wire copy: a dateline, `Chief financial officer` opening a sentence, a union's
/// statement, an analyst, a spokesperson.
#[test]
fn automaker_forecast() {
    check(&Path::new(ROOT).join("tests/snapshots/automaker-forecast.txt"));
}

/// A provincial review: `said the company's operations manager, Ravi Singh.` (a description
/// before a name that closes an inverted cue), a parent, a critic.
#[test]
fn school_buses() {
    check(&Path::new(ROOT).join("tests/snapshots/school-buses.txt"));
}

/// An interview printed as questions and answers: each answer is the library director's,
/// whom the introduction names; a council member's quotation after the last answer is his.
#[test]
fn library_interview() {
    check(&Path::new(ROOT).join("tests/snapshots/library-interview.txt"));
}

/// An obituary: a son named in full, customers, `Another neighbour, Samuel Ott,` (his card says
/// `another neighbour`), a granddaughter who speaks as `she`.
#[test]
fn baker_obituary() {
    check(&Path::new(ROOT).join("tests/snapshots/baker-obituary.txt"));
}

/// Politics: a sitting and a former president speaking hours apart, `the president` and `the
/// former president` each the right one, campaign spokespeople by description.
#[test]
fn dueling_speeches() {
    check(&Path::new(ROOT).join("tests/snapshots/dueling-speeches.txt"));
}

/// Food: `Judges praised its "fearless simplicity."` (a group), `The jury's chair, food writer
/// Martin Doucet, said` (the name after the description and a role), a father and daughter who
/// share a surname.
#[test]
fn chef_award() {
    check(&Path::new(ROOT).join("tests/snapshots/chef-award.txt"));
}

/// Two brothers and a daughter named by given name after a noun of family (`His younger
/// brother, Martin,`, `Peter's daughter Emma`): each gets the family name, and the bare
/// surname (`Ostergaard, the elder,`) stays with the brother named in full.
#[test]
fn farm_siblings() {
    check(&Path::new(ROOT).join("tests/snapshots/farm-siblings.txt"));
}
