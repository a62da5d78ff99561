/* review: spaced review, the Leitner way. Each skill sits in a box; a right
 * answer moves it up a box and further out in time, a wrong one sends it back
 * to box 0 and makes it due at once, so missed questions come back first.
 * A skill is mastered when it is answered right again on a later day, or in
 * another level, than its last right answer: knowing it twice, apart.
 * Pure C over sav_skill: no SDL, no Lua, no clock (the caller passes today). */
#ifndef SQ_REVIEW_H
#define SQ_REVIEW_H

#include "save.h"

#include <stdbool.h>
#include <stdint.h>

/* Days until the next review after a right answer lands a skill in `box`
 * (1 day for box 1, then 3, 7, 14, 30, 60, then 120 for every box above). */
int32_t rev_interval(int box);

typedef enum {
    REV_WRONG,        /* back to box 0, due today */
    REV_RIGHT,        /* one box up */
    REV_MASTERED_NOW  /* right, and this answer made the skill mastered */
} rev_outcome;

/* Records one answer about the skill, given today's day count and the id of
 * the level it was answered in. Mastery is never taken away: a wrong answer
 * only brings the questions back sooner. */
rev_outcome rev_answer(sav_skill *skill, bool right, int32_t today, const char *level_id);

/* True when a held skill that has been asked before is due for review. */
bool rev_is_due(const sav_skill *skill, int32_t today);

#endif
