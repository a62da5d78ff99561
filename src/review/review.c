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

static int64_t rev_clamp_minute(int64_t minute)
{
    if (minute < 0) return 0;
    if (minute > SAV_MINUTE_MAX) return SAV_MINUTE_MAX;
    return minute;
}

int32_t rev_day_of(int64_t minute)
{
    return rev_clamp_day(rev_clamp_minute(minute) / REV_MINUTES_PER_DAY);
}

static void rev_copy_item(char *dst, const char *item)
{
    if (!item || strlen(item) > SAV_ITEM_MAX) item = "";
    snprintf(dst, SAV_ITEM_MAX + 1, "%s", item);
}

void rev_teach(sav_skill *skill, int64_t minute)
{
    if (skill->taught) return;
    skill->taught = true;
    skill->due_day = rev_day_of(minute);
    if (skill->right > 0) skill->held = true; /* it was answered right before it was taught */
}

bool rev_is_due(const sav_skill *skill, int32_t today)
{
    return (skill->taught || skill->held) && skill->due_day <= today;
}

rev_outcome rev_answer(sav_skill *skill, bool right, int64_t minute, const char *item)
{
    minute = rev_clamp_minute(minute);
    int32_t today = rev_day_of(minute);
    bool due = rev_is_due(skill, today);
    if (!item) item = "";
    rev_copy_item(skill->last_item, item);
    skill->last_day = today;
    if (!right) {
        if (skill->wrong < SAV_COUNT_MAX) skill->wrong++;
        bool lost = due && skill->mastered;
        if (lost) {
            skill->mastered = false;
            skill->due_right_minute = 0;
            skill->due_right_item[0] = '\0';
        }
        skill->box = 0;
        skill->due_day = rev_clamp_day((int64_t)today + 1);
        return lost ? REV_WRONG_LOST : REV_WRONG;
    }
    if (skill->right < SAV_COUNT_MAX) skill->right++;
    if (skill->taught) skill->held = true;
    if (!due) return REV_PRACTICE;
    rev_outcome outcome = REV_UP;
    /* minute 0 is 1970's first minute: "never" in the save, never a real answer. */
    bool earlier = skill->due_right_minute > 0 && skill->due_right_item[0] &&
                   strcmp(skill->due_right_item, item) != 0 &&
                   minute - skill->due_right_minute >= REV_MASTERY_GAP_MINUTES;
    if (earlier && !skill->mastered) {
        skill->mastered = true;
        outcome = REV_MASTERED_NOW;
    }
    skill->due_right_minute = minute;
    rev_copy_item(skill->due_right_item, item);
    if (skill->box < SAV_BOX_MAX) skill->box++;
    skill->due_day = rev_clamp_day((int64_t)today + rev_interval(skill->box));
    return outcome;
}
