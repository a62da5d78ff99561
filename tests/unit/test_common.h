/* test_common: cmocka headers in the order cmocka needs them. */
#ifndef SQ_TEST_COMMON_H
#define SQ_TEST_COMMON_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#endif
