/* save_policy: the save module's pure rules, apart from the files: how
 * generations follow each other, how long to wait after a failed save, what a
 * failure means for the player. No I/O, no clock: the caller passes both. */
#include "save_internal.h"

#include <errno.h>

bool sav_has_progress(const sav_progress *p)
{
    if (p->xp > 0 || p->rank > 0) return true;
    for (int i = 0; i < p->skill_count; i++)
        if (p->skills[i].held || p->skills[i].right > 0 || p->skills[i].wrong > 0) return true;
    for (int i = 0; i < p->level_count; i++)
        if (p->levels[i].state == SAV_LEVEL_COMPLETED) return true;
    return false;
}

/* THE WRAP. The reader accepts generations 0..SAV_GENERATION_MAX, and a store
 * must write one newer than what is on disk; with a plain "+ 1" a save at the
 * maximum could never be followed. So generations run 1, 2, ...,
 * SAV_GENERATION_MAX, 1, 2, ... (0 is "never saved", only ever the start),
 * and "newer" is serial-number arithmetic over that cycle of
 * M = SAV_GENERATION_MAX values: a is newer than b when going forward from b
 * to a takes fewer than M / 2 steps. The files ever compared (the save, its
 * backup, what this process loaded) are a few saves apart, never 5 * 10^17,
 * so the answer is always the true order, across the wrap as elsewhere. The
 * format is unchanged: a file written after the wrap reads in any version. */
uint64_t sav_generation_next(uint64_t g)
{
    return g >= SAV_GENERATION_MAX ? 1 : g + 1;
}

bool sav_generation_newer(uint64_t a, uint64_t b)
{
    if (a == b || a == 0 || a > SAV_GENERATION_MAX) return false;
    if (b == 0 || b > SAV_GENERATION_MAX) return true;
    /* Steps forward from b to a on the cycle 1..M; no overflow: both <= M = 10^18. */
    uint64_t ahead = a > b ? a - b : a + SAV_GENERATION_MAX - b;
    return ahead < SAV_GENERATION_MAX / 2;
}

sav_failure_kind sav_classify_errno(int errnum)
{
    switch (errnum) {
    case 0: return SAV_FAIL_NONE;
    case EROFS: return SAV_FAIL_READ_ONLY;
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return SAV_FAIL_DISK_FULL; /* a file-size limit: no room, to the player */
    case EACCES:
    case EPERM: return SAV_FAIL_PERMISSION;
    default: return SAV_FAIL_OTHER;
    }
}

const char *sav_failure_message(sav_failure_kind kind)
{
    switch (kind) {
    case SAV_FAIL_NONE: return "";
    case SAV_FAIL_READ_ONLY:
        return "Your progress is not being saved: the save folder is on a read-only disk. "
               "Make that disk writable (or start SkillQuest with --data-dir on another "
               "one); until then SkillQuest keeps trying.";
    case SAV_FAIL_DISK_FULL:
        return "Your progress is not being saved: the disk is full. Free some space and "
               "SkillQuest will save on its next try.";
    case SAV_FAIL_PERMISSION:
        return "Your progress is not being saved: SkillQuest is not allowed to write in its "
               "save folder. Check that folder's permissions; until then SkillQuest keeps "
               "trying.";
    case SAV_FAIL_OTHER:
        return "Your progress is not being saved because of a problem with the save folder "
               "(the log says which). SkillQuest keeps trying; if this stays, restart it.";
    case SAV_FAIL_OTHER_COPY:
        return "Another copy of SkillQuest is using this save folder, so this one will not "
               "save your progress. To keep what you do, close both and start just one.";
    case SAV_FAIL_CONFLICT:
        return "Another copy of SkillQuest saved progress while this one was running, so this "
               "one stopped saving rather than overwrite it. Restart SkillQuest to continue "
               "from that save.";
    }
    return "";
}

/* 5 s, 10 s, 20 s, ... up to 5 minutes: a disk that fills up or a folder made
 * read-only is fixed by a person, in minutes, so retrying faster only fills
 * the log; the cap bounds what a long outage can lose. */
#define SAV_RETRY_FIRST 5.0
#define SAV_RETRY_CAP 300.0

double sav_retry_delay(int failures)
{
    if (failures <= 0) return 0.0;
    double d = SAV_RETRY_FIRST;
    for (int i = 1; i < failures && d < SAV_RETRY_CAP; i++) d *= 2.0;
    return d < SAV_RETRY_CAP ? d : SAV_RETRY_CAP;
}
