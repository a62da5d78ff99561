/* review: see review.h. The intervals follow the usual Leitner doubling,
 * shortened at the start so a player who comes back tomorrow meets the
 * first reviews. */
#include "review.h"

#include <stdio.h>
#include <string.h>

int32_t rev_interval(int box)
{
    static const int32_t days[] = {0, 1, 3, 7, 14, 30, 60};
    if (box < 0) return 0;
    if (box < (int)(sizeof days / sizeof days[0])) return days[box];
    return 120;
}

static int32_t rev_clamp_day(int64_t day)
{
    if (day < 0) return 0;
    if (day > SAV_DAY_MAX) return SAV_DAY_MAX;
    return (int32_t)day;
}

rev_outcome rev_answer(sav_skill *skill, bool right, int32_t today, const char *level_id)
{
    today = rev_clamp_day(today);
    if (!level_id) level_id = "";
    rev_outcome outcome = REV_WRONG;
    if (right) {
        /* box >= 1 means the previous answer was right (a wrong one empties it). */
        bool apart = skill->box >= 1 &&
                     (today > skill->last_day || strcmp(level_id, skill->right_in) != 0);
        outcome = REV_RIGHT;
        if (apart && !skill->mastered) {
            skill->mastered = true;
            outcome = REV_MASTERED_NOW;
        }
        if (skill->box < SAV_BOX_MAX) skill->box++;
        skill->due_day = rev_clamp_day((int64_t)today + rev_interval(skill->box));
        if (skill->right < SAV_COUNT_MAX) skill->right++;
        if (strlen(level_id) <= SAV_LEVEL_ID_MAX)
            snprintf(skill->right_in, sizeof skill->right_in, "%s", level_id);
        else
            skill->right_in[0] = '\0';
    } else {
        skill->box = 0;
        skill->due_day = today;
        if (skill->wrong < SAV_COUNT_MAX) skill->wrong++;
    }
    skill->last_day = today;
    return outcome;
}

bool rev_is_due(const sav_skill *skill, int32_t today)
{
    return skill->held && skill->right + skill->wrong > 0 && skill->due_day <= today;
}
