"""How a re-visit, a review or a tracker judges the progress made on a weakness: one vocabulary of the amounts of
progress, for every reader of verdicts.

"has not made sufficient progress", "Insufficient progress", "Limited progress made", a tracker's "Good progress"
cell, "... but not enough progress in": the words that say how much progress was made are the same wherever the
verdict stands (a sentence, a list's intro, a line under each weakness, a rating cell, a risk register's "does not
make sufficient progress"), so they are written once here and the patterns are built from them.
"""

from __future__ import annotations

# The progress that puts a weakness right, when it is made ("sufficient progress", "not enough progress").
ENOUGH = r"(?:sufficient|enough|adequate)"
# ... and as a verdict on the areas put right ("made sufficient progress", "good progress in four of the six").
PUT_RIGHT_AMOUNT = r"(?:sufficient|enough|adequate|good)"
# Any progress said to be made, put right or not yet ("strong progress in three areas", "significant progress").
MADE = r"(?:sufficient|enough|adequate|good|strong|significant|reasonable)"
# Too little, said outright ("insufficient progress", "little progress").
SHORT = r"(?:insufficient|inadequate|limited|little|no)"
# Every amount a verdict may give, either way ("Some progress", "Partial progress", "Strong progress").
AMOUNT = r"(?:sufficient|enough|adequate|good|insufficient|inadequate|limited|little|no|some|partial|significant|strong|reasonable)"
