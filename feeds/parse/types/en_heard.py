"""English words for a work published and for talks only heard (used by :mod:`.en`).

- "with the publication of our perspective on …", "announce the publication of my first
  paper": the publication of the person's own work is a paper, wherever it stands.
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
