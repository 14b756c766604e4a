"""English words for a work published and for talks only heard (used by :mod:`.en`).

- "with the publication of our perspective on …", "announce the publication of my first
  paper": the publication of the person's own work is a paper, wherever it stands.
- "It was a pleasure to listen to your final presentations", "we watched the students'
  talks": being in the audience is no talk given (an event); "listen to my talk" (a
  recording of one's own) stays a talk.
- "We say goodbye to our summer students", "bid farewell to Ana": someone leaving is a
  change of position.
"""

# What the person publishes: their own work named after "the publication of".
_OWN_WORK = (
    r"(?:perspectives?|papers?|articles?|reviews?|commentar(?:y|ies)|stud(?:y|ies)|books?"
    r"|textbooks?|chapters?|preprints?|opinions?|viewpoints?|editorials?|letters?|reports?"
    r"|essays?|monographs?|surveys?|tutorials?|works?|findings|results|manuscripts?|thesis"
    r"|dissertation)"
)
PHRASES = {
    "paper": (
        r"(?:the |our |my )?publication of (?:our|my|the lab['’]s|the group['’]s)"
        rf" (?:[\w'’-]+ ){{0,4}}?{_OWN_WORK}(?!\w)",
    ),
}

# Talks heard, and not one's own: "watch the recording of my talk" is still a talk.
_HEARD = (
    r"(?:(?!my |our )[\w'’-]+ ){0,4}?(?:talks?|presentations?|lectures?|keynotes?"
    r"|pitch(?:es)?|speeches)"
)
VERBS = {
    # the audience of talks: "listened to the keynote", "watched their presentations",
    # "followed lectures by X on Y", "a pleasure to listen to your presentations" (not
    # "watch the talk [here]": one's own; not "… followed by a talk": what came next)
    "event": (
        rf"(?:listen(?:ed|ing) to|watch(?:ed|ing)|follow(?:ed|ing)(?! by)) {_HEARD}",
        r"(?:pleasure|joy|great|nice|fun|wonderful|inspiring|happy|glad|lovely|delighted"
        rf"|proud) to (?:listen to|watch) {_HEARD}",
    ),
    "position": (r"(?:s(?:ay|aid|ays|aying)|b(?:id|ade|ids|idding)) (?:goodbye|farewell)",),
}
