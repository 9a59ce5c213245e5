"""The main frame's tallies and perpetrator: invented one-paragraph reports → frame fields."""

from __future__ import annotations

import pytest

from dateline.text.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two journalists were shot and injured in Tarvo on Monday.", None, 2),
        ("A bomb hit a patrol near Ulmen. Four members of the patrol were injured in the attack.", None, 4),
        ("In Ostrava, seven U.S. sailors were injured by a parcel bomb.", None, 7),
        ("A bus driver was shot and critically wounded as he drove through Tarvo.", None, 1),
        ("One guard was killed and another injured when a bomb went off in Ulmen.", 1, 1),
        ("Raiders killed a 70-year-old farmer in a village near Ulmen.", 1, None),
        ("Police recovered the body of a retired clerk from a canal near Tarvo.", 1, None),
        ("Raiders abducted Piet Varga, the mayor of Ulmen, and killed his driver.", 1, None),
        ("Gunmen ambushed a bus near Tarvo, killing six passengers and the driver.", 7, None),
        # totals over several attacks, or what the claimant says, are not this incident's
        ("A bomb went off at a market in Ulmen. Ten people were killed in the three attacks that day.", None, None),
        ("One guard was killed when gunmen raided a post near Tarvo. The group claimed five soldiers killed.", 1, None),
        ("A mosque in Tarvo was attacked. Nationwide, ten imams were killed over two days.", None, None),
        # more victims told later: "along with", "in addition to", "as well", "other … were killed",
        # and the one told hurt who later died
        ("A judge was shot dead in Tarvo on Monday. The judge was killed along with two of his guards.", 3, None),
        ("A mayor was killed by a bomb in Ulmen. In addition to his death, two of his aides were killed.", 3, None),
        ("A clerk was assassinated in Tarvo. Two guards were killed in the attack as well.", 3, None),
        ("A clerk was shot dead in Tarvo. Two other people who were in the car were also killed.", 3, None),
        ("A clerk was shot dead in Tarvo. His driver was wounded in the attack and later died in hospital.", 2, None),
        ("A bomb killed two guards in Tarvo. In addition, a passing driver was killed.", 3, None),
        ("A bomb killed one clerk and hurt nine in Ulmen. Another guard died of his wounds a week later.", 2, 9),
        ("A bomb killed a clerk and hurt two guards in Tarvo. One of the wounded later died.", 2, 2),
        ("A gunman killed six guests at a hotel in Ulmen. The attacker was killed by police.", 7, None),
        # the toll told again in parts, or of other attacks, is no more
        ("A blast killed nine people in Ulmen. Most of those killed were farmers, although two guards were also killed.", 9, None),
        ("A guard was killed in Tarvo. Four other guards were killed in similar attacks that night.", 1, None),
        ("Rebels killed two clerks in two separate incidents in Tarvo.", None, None),
        ("Six guards were killed in a set of coordinated attacks in Ulmen.", None, None),
        ("Two guards died in Tarvo while investigating a shooting that killed three clerks.", 2, None),
        ("Gunmen fired on police responding to the scene of a blast in Ulmen that killed four.", None, None),
        ("A bomb failed in Tarvo on a day in which nine blasts killed 40 people across the country.", None, None),
        ("Two clerks were kidnapped in Tarvo. Their leader was accused in the bombing which killed 30 people.", None, None),
        ("Rebels kidnapped the mayor of Tarvo, charged him with spying, and later killed him.", 1, None),
        ("A bomb wounded six guards in Ulmen. The group claimed credit and said that six guards were killed.", None, 6),
        ("A school was burned in Tarvo. Rebels killed 61 teachers in the preceding 18 months.", None, None),
        ("A clerk was shot dead in Tarvo. A judge was killed along with nine others in a car bombing in Ulmen.", 1, None),
        # a claim counts from where it is told: "although the group claimed it killed three"
        ("One guard was killed and two were wounded in Tarvo, although the group claimed it killed five.", 1, 2),
        # the toll of a whole series is not this attack's
        ("A series of six bombs exploded across Ulmen, killing 40 people and wounding 90.", None, None),
        ("In a series of raids on the party, rebels killed a clerk in Tarvo.", 1, None),
        # a death before: "nine days after a banker was killed", "protesting the death of"
        ("A bomb was found under a car in Tarvo. The attempt comes nine days after a banker was killed by a similar bomb.", None, None),
        ("A bomb damaged a bank in Ulmen, protesting the death of a student killed by police.", None, None),
        ("Gunmen fired on a shrine in Tarvo on the anniversary of the deaths of 30 pilgrims killed there.", None, None),
        ("A second bomb was defused at the market in Ulmen, the site of a previous bombing which killed 12.", None, None),
        ("A grenade hit the funeral of a judge and his two sons, who were shot dead last week in Tarvo.", None, None),
        ("A bomb went off at the funeral of a clerk in Ulmen, killing 12 mourners and wounding 20.", 12, 20),
        # the toll as first told: a later, other report does not replace it
        ("A bomb killed three people in Ulmen. Other sources put the toll at seven dead.", 3, None),
        # the attacker killed after his victims, in a sentence of his own, is counted too
        ("Two settlers were stabbed and killed in Tarvo. Guards shot and killed the attacker.", 3, None),
        # "also" adds; "all six" and "among the dead" are the same people told again
        ("A clerk was killed in Tarvo. Two of his guards were also killed in the attack.", 3, None),
        ("Six recruits were killed near Ulmen when gunmen stopped their bus and killed all six men.", 6, None),
        ("A bomber struck a checkpoint in Ulmen. Among the dead were seven policemen.", 7, None),
        ("A bomb killed two guards in Ulmen. Among the dead were two cooks.", 2, None),
        # the hurt told after the dead, without a number
        ("One guard was killed in the attack on Tarvo and another was wounded.", 1, 1),
        ("Two policemen were killed in Ulmen and a third injured.", 2, 1),
        ("A clerk was assassinated in Tarvo and his driver wounded.", 1, 1),
        ("The blast resulted in the death of a clerk and the wounding of a porter in Ulmen.", 1, 1),
        ("A bomb in Tarvo resulted in the injury of two guards.", None, 2),
        ("A bomb damaged an office in Ulmen but caused no injuries to the four men inside.", None, 0),
        ("A farmer was stabbed in Tarvo.", None, 1),
        # "several" or "many" tells no number: the toll is unknown, not three or ten
        ("A bomb killed two guards in Tarvo and wounded several others.", 2, None),
        # deaths of another time or another attack
        ("Gunmen fired rockets at Tarvo in retaliation for the killing of three fighters.", None, None),
        ("A bomb wounded four guards at the funeral of a clerk who had been killed two days earlier in Ulmen.", None, 4),
        ("A car bomb killed two people in Tarvo. The attack comes a day after a blast in Ulmen that killed ten people.", 2, None),
        # "shot", and nothing else told of anyone hurt: shot dead; not so when shot in a limb
        ("Gunmen shot a clerk in Tarvo.", 1, None),
        ("Gunmen shot a clerk in the leg in Tarvo.", None, None),
    ],
)
def test_main_frame_tallies(text: str, killed: int | None, injured: int | None) -> None:
    frame = analyze(text).frames[0]
    assert (frame.killed, frame.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # the claimant before the party whose office was hit
        ("A bomb wrecked the office of the Socialist Party in Ulmen. ETA is believed to be behind the attack.", "Basque Fatherland and Freedom"),
        # named only in a later, dated sentence: the one doer of the text is the incident's
        ("A bomb exploded at a bank in Tarvo. On 3 May 2004 Hamas said it had carried out the attack.", "Hamas"),
    ],
)
def test_main_frame_perpetrator(text: str, perpetrator: str) -> None:
    frame = analyze(text).frames[0]
    assert frame.perpetrators[:1] == [perpetrator]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # one-day news: an attack "the previous day" is another attack, not this one's start
        ("On July 16, 2008, seven people were hurt by a bomb left outside the police station in Ulmen. "
         "On the previous day, a grenade had wounded two traders at a market in Tarvo.", "2008-07-16", None),
        # a lasting incident told from its end: "four months earlier" is its start
        ("The siege in Ulmen ended on April 22, 1997. Rebels had seized the embassy four months earlier "
         "and held it for 126 days.", "1996-12-17", "1997-04-22"),
    ],
)
def test_main_frame_dates(text: str, start: str, end: str | None) -> None:
    frame = analyze(text).frames[0]
    assert (str(frame.start), str(frame.end) if frame.end else None) == (start, end)
