#include "geo/gazetteer.h"
#include <gtest/gtest.h>
TEST(Placeholder, Compiles) {}
