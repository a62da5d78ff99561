/* review: spaced review, the Leitner way, with a mastery rule that cannot be
 * crammed. Each skill sits in a box; a right answer given while the skill is
 * due moves it up a box and further out in time; a right answer when it is
 * not due changes only the counts, so answering the same terminal seven
 * times in a day moves nothing past box 1. A wrong answer sends the skill
 * back to box 0, due the next day.
 *
 * Mastered means: right on two different exercises, each answered while the
 * skill was due, at least 20 hours apart. A miss on a mastered skill's due
 * review takes the mastery back until it is earned again.
 *
 * Time is the caller's: minutes since 1970-01-01 in the player's time zone
 * (a day count is minute / 1440). Pure C over sav_skill: no SDL, no Lua, no
 * clock. */
#ifndef SQ_REVIEW_H
#define SQ_REVIEW_H

#include "save.h"

#include <stdbool.h>
#include <stdint.h>

#define REV_MINUTES_PER_DAY 1440
/* Two due answers at least this far apart (and on different exercises) master a skill. */
#define REV_MASTERY_GAP_MINUTES (20 * 60)

/* Days until the next review after a right answer lands a skill in `box`
 * (1 day for box 1, then 3, 7, 14, 30, 60, then 120 for every box above). */
int32_t rev_interval(int box);

typedef enum {
    REV_WRONG,        /* counted; box 0, due the next day */
    REV_WRONG_LOST,   /* a miss on a mastered skill's due review: mastery taken back */
    REV_PRACTICE,     /* right, but not due (or not yet taught): counts only */
    REV_UP,           /* right while due: one box up */
    REV_MASTERED_NOW  /* right while due, and this answer made the skill mastered */
} rev_outcome;

/* The skill was taught (an orb, a mentor): from now on it has a schedule,
 * due at once; and it is held when one of its exercises was answered right.
 * Teaching it again changes nothing. */
void rev_teach(sav_skill *skill, int64_t minute);

/* Records one answer about the skill: right or wrong, on the exercise `item`
 * (its id), at `minute`. Sets held when the skill is taught and answered right. */
rev_outcome rev_answer(sav_skill *skill, bool right, int64_t minute, const char *item);

/* True when the skill has a schedule (taught) and its review day has come. */
bool rev_is_due(const sav_skill *skill, int32_t today);

/* The day a minute falls on. */
int32_t rev_day_of(int64_t minute);

#endif
