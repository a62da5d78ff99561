/* Spaced review: the Leitner schedule, and the mastery rule that cannot be
 * crammed (right on two different exercises, each while due, 20 hours or
 * more apart; a miss on a mastered skill's due review takes it back). */
#include "test_common.h"
#include "review.h"

#include <string.h>

#define DAY 20000
#define HOUR 60
#define AT(day, hour) ((int64_t)(day) * REV_MINUTES_PER_DAY + (hour) * HOUR)

static sav_skill fresh(void)
{
    sav_skill s;
    memset(&s, 0, sizeof s);
    strcpy(s.id, "http");
    s.last_day = -1;
    return s;
}

static sav_skill taught_on(int64_t minute)
{
    sav_skill s = fresh();
    rev_teach(&s, minute);
    return s;
}

static void intervals_grow_and_level_off(void **state)
{
    (void)state;
    int32_t prev = 0;
    for (int box = 1; box <= SAV_BOX_MAX; box++) {
        int32_t d = rev_interval(box);
        assert_true(d >= prev);
        prev = d;
    }
    assert_int_equal(rev_interval(1), 1);
    assert_int_equal(rev_interval(2), 3);
    assert_int_equal(rev_interval(SAV_BOX_MAX), 120);
    assert_int_equal(rev_interval(0), 0);
}

static void held_means_taught_and_answered_right(void **state)
{
    (void)state;
    /* Taught: due at once, not held until answered right. */
    sav_skill s = taught_on(AT(DAY, 9));
    assert_true(s.taught);
    assert_false(s.held);
    assert_true(rev_is_due(&s, DAY));
    assert_int_equal(rev_answer(&s, false, AT(DAY, 9), "http_status"), REV_WRONG);
    assert_false(s.held);
    assert_int_equal(rev_answer(&s, true, AT(DAY, 9), "http_verbs"), REV_PRACTICE);
    assert_true(s.held); /* a right answer holds it, due or not */

    /* Answered right before it was taught: held the moment it is taught. */
    sav_skill t = fresh();
    assert_int_equal(rev_answer(&t, true, AT(DAY, 9), "http_status"), REV_PRACTICE);
    assert_false(t.held);
    assert_int_equal(t.box, 0);
    rev_teach(&t, AT(DAY, 10));
    assert_true(t.held);
    /* Teaching again changes nothing. */
    t.due_day = DAY + 7;
    rev_teach(&t, AT(DAY + 1, 10));
    assert_int_equal(t.due_day, DAY + 7);

    /* Never taught: never due, whatever its numbers. */
    sav_skill u = fresh();
    assert_false(rev_is_due(&u, SAV_DAY_MAX));
}

static void a_due_right_answer_moves_up_a_box_and_out_in_time(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 9));
    assert_int_equal(rev_answer(&s, true, AT(DAY, 9), "http_status"), REV_UP);
    assert_int_equal(s.box, 1);
    assert_int_equal(s.due_day, DAY + 1);
    assert_int_equal(s.last_day, DAY);
    assert_int_equal(s.right, 1);
    assert_string_equal(s.last_item, "http_status");
    assert_false(rev_is_due(&s, DAY));
    assert_true(rev_is_due(&s, DAY + 1));
}

static void cramming_on_one_day_moves_nothing_past_box_1(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 9));
    assert_int_equal(rev_answer(&s, true, AT(DAY, 9), "http_status"), REV_UP);
    for (int i = 0; i < 6; i++)
        assert_int_equal(rev_answer(&s, true, AT(DAY, 10 + i), i % 2 ? "http_status" : "http_verbs"),
                         REV_PRACTICE);
    assert_int_equal(s.box, 1);
    assert_int_equal(s.due_day, DAY + 1);
    assert_int_equal(s.right, 7);
    assert_false(s.mastered);
}

static void mastery_needs_two_different_items_on_due_reviews_20_hours_apart(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 8));
    assert_int_equal(rev_answer(&s, true, AT(DAY, 8), "http_status"), REV_UP);
    /* The same exercise on the next due review: not mastery. */
    assert_int_equal(rev_answer(&s, true, AT(DAY + 1, 9), "http_status"), REV_UP);
    assert_false(s.mastered);
    assert_int_equal(s.due_day, DAY + 1 + 3);
    /* A different one, but only 19 hours after the last due right answer:
     * not yet (and not due either: practice). */
    assert_int_equal(rev_answer(&s, true, AT(DAY + 2, 4), "http_verbs"), REV_PRACTICE);
    assert_false(s.mastered);
    /* Due again, a different exercise, 20 hours and more later: mastered. */
    assert_int_equal(rev_answer(&s, true, AT(DAY + 4, 9), "http_verbs"), REV_MASTERED_NOW);
    assert_true(s.mastered);
    /* Once only. */
    assert_int_equal(rev_answer(&s, true, AT(DAY + 11, 9), "http_status"), REV_UP);

    /* Two due reviews with different exercises less than 20 hours apart:
     * not mastered, even across midnight. */
    sav_skill t = taught_on(AT(DAY, 20));
    rev_answer(&t, true, AT(DAY, 20), "http_status");
    assert_int_equal(rev_answer(&t, true, AT(DAY + 1, 15), "http_verbs"), REV_UP);
    assert_false(t.mastered);
}

static void a_miss_comes_back_the_next_day_and_resets_the_box(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 9));
    rev_answer(&s, true, AT(DAY, 9), "http_status");
    assert_int_equal(rev_answer(&s, false, AT(DAY + 1, 9), "http_verbs"), REV_WRONG);
    assert_int_equal(s.box, 0);
    assert_int_equal(s.due_day, DAY + 2); /* not at once: the next day */
    assert_false(rev_is_due(&s, DAY + 1));
    assert_true(rev_is_due(&s, DAY + 2));
    assert_int_equal(s.wrong, 1);
    assert_string_equal(s.last_item, "http_verbs");
}

static void a_miss_on_a_mastered_due_review_takes_mastery_back(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 8));
    rev_answer(&s, true, AT(DAY, 8), "a");
    assert_int_equal(rev_answer(&s, true, AT(DAY + 1, 9), "b"), REV_MASTERED_NOW);
    /* A miss while not due: practice gone wrong; the box drops, mastery stays. */
    assert_int_equal(rev_answer(&s, false, AT(DAY + 2, 9), "a"), REV_WRONG);
    assert_true(s.mastered);
    assert_int_equal(s.due_day, DAY + 3);
    /* A miss on the due review: mastery is taken back. */
    assert_int_equal(rev_answer(&s, false, AT(DAY + 3, 9), "a"), REV_WRONG_LOST);
    assert_false(s.mastered);
    /* Earned again only by the full rule: two different exercises, due, 20 hours apart. */
    assert_int_equal(rev_answer(&s, true, AT(DAY + 4, 9), "a"), REV_UP);
    assert_false(s.mastered);
    assert_int_equal(rev_answer(&s, true, AT(DAY + 5, 9), "a"), REV_UP);
    assert_false(s.mastered);
    assert_int_equal(rev_answer(&s, true, AT(DAY + 8, 9), "b"), REV_MASTERED_NOW);
}

static void counts_boxes_and_days_stay_in_the_save_range(void **state)
{
    (void)state;
    sav_skill s = taught_on(AT(DAY, 0));
    for (int i = 0; i < 40; i++) rev_answer(&s, true, AT(DAY + i * 200, 12), i % 2 ? "a" : "b");
    assert_int_equal(s.box, SAV_BOX_MAX);
    assert_true(s.due_day <= SAV_DAY_MAX);
    rev_answer(&s, true, SAV_MINUTE_MAX, "a");
    assert_int_equal(s.due_day, SAV_DAY_MAX);
    s.right = SAV_COUNT_MAX;
    s.wrong = SAV_COUNT_MAX;
    rev_answer(&s, true, AT(DAY, 0), "a");
    rev_answer(&s, false, AT(DAY, 0), "a");
    assert_int_equal(s.right, SAV_COUNT_MAX);
    assert_int_equal(s.wrong, SAV_COUNT_MAX);
    rev_answer(&s, true, -5, NULL); /* nonsense in, sane state out */
    assert_int_equal(s.last_day, 0);
    assert_string_equal(s.last_item, "");
    char long_id[SAV_ITEM_MAX + 10];
    memset(long_id, 'x', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    rev_answer(&s, true, AT(DAY, 0), long_id); /* too long for the save: not kept */
    assert_string_equal(s.last_item, "");
    assert_int_equal(rev_day_of(AT(DAY, 23) + 59), DAY);
    assert_int_equal(rev_day_of(-1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(intervals_grow_and_level_off),
        cmocka_unit_test(held_means_taught_and_answered_right),
        cmocka_unit_test(a_due_right_answer_moves_up_a_box_and_out_in_time),
        cmocka_unit_test(cramming_on_one_day_moves_nothing_past_box_1),
        cmocka_unit_test(mastery_needs_two_different_items_on_due_reviews_20_hours_apart),
        cmocka_unit_test(a_miss_comes_back_the_next_day_and_resets_the_box),
        cmocka_unit_test(a_miss_on_a_mastered_due_review_takes_mastery_back),
        cmocka_unit_test(counts_boxes_and_days_stay_in_the_save_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
