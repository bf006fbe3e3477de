// Umbrella header: everything an application embedding Marsad needs.
#pragma once

#include "marsad/article.h"
#include "marsad/database.h"
#include "marsad/options.h"
#include "marsad/query_result.h"
#include "marsad/statistics.h"
#include "marsad/status.h"
#include "marsad/term.h"
#include "marsad/version.h"
