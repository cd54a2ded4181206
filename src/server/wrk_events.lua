-- wrk script for the /api/events benchmark (docs/api.md): each request asks for one country and one
-- month, cycling through the synthetic database's ten countries and the 120 months of 2015-2024, so
-- the measurement is not one cached page.
--   wrk -t2 -c8 -d30s --latency -s src/server/wrk_events.lua http://127.0.0.1:8080 [-- LIMIT]
-- LIMIT (optional) is the page size; the API's default (500) otherwise.
local countries = {"Syria", "Yemen", "Iraq", "Palestine", "Lebanon", "Libya", "Sudan", "Egypt", "Somalia", "Tunisia"}
local days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
local n = 0
local limit = ""

function init(args)
  if args[1] then limit = "&limit=" .. args[1] end
end

request = function()
  n = n + 1
  local country = countries[(n % #countries) + 1]
  local m = (n * 7) % 120  -- 7 is coprime with 120: every month is visited
  local year = 2015 + math.floor(m / 12)
  local month = m % 12 + 1
  local last = days[month]
  if month == 2 and year % 4 == 0 then last = 29 end
  local path = string.format("/api/events?country=%s&from=%04d-%02d-01&to=%04d-%02d-%02d%s",
                             country, year, month, year, month, last, limit)
  return wrk.format("GET", path)
end
