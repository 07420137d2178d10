-- wrk script of bench/checkin.sh: every request is a check-in scan through the JSON API.
--   wrk -t2 -c32 -d10s --latency -s bench/checkin.lua http://127.0.0.1:PORT \
--       -- CODES_FILE TOKEN EVENT_ID THREADS RUN_LABEL
-- Thread k (0-based) takes lines k, k+THREADS, … of CODES_FILE, so two threads never scan the
-- same person. Each thread walks its people in turn and alternates entry and exit on each
-- round, so almost every scan is a new row of the log (not a "second scan" warning). Keys are
-- bench-RUN_LABEL-thread-counter: unique across the runs of one database (and 8+ characters,
-- as the API requires).
-- done() prints one line `BENCH key=value …` for the shell script to parse.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   local file, token, event, nthreads, label = args[1], args[2], args[3], tonumber(args[4]), args[5]
   if file == nil or token == nil or event == nil or nthreads == nil or label == nil then
      error("usage: -- CODES_FILE TOKEN EVENT_ID THREADS RUN_LABEL")
   end
   codes = {}
   local i = 0
   for line in io.lines(file) do
      if line ~= "" then
         if i % nthreads == id then
            codes[#codes + 1] = line
         end
         i = i + 1
      end
   end
   path = "/api/v1/events/" .. event .. "/checkin/scan"
   headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
   prefix = "bench-" .. label .. "-" .. id .. "-"
   n = 0
   recorded, already, other = 0, 0, 0
end

function request()
   local code = codes[(n % #codes) + 1]
   local kind = (math.floor(n / #codes) % 2 == 0) and "entry" or "exit"
   n = n + 1
   local body = '{"key":"' .. prefix .. n .. '","kind":"' .. kind .. '","code":"' .. code .. '","device":"bench"}'
   return wrk.format("POST", path, headers, body)
end

function response(status, _hdrs, _body)
   if status == 201 then
      recorded = recorded + 1
   elseif status == 200 then
      already = already + 1
   else
      other = other + 1
   end
end

function done(_summary, _latency, _requests)
   local r, a, o = 0, 0, 0
   for _, t in ipairs(threads) do
      r = r + t:get("recorded")
      a = a + t:get("already")
      o = o + t:get("other")
   end
   io.write(string.format("BENCH recorded=%d already=%d other=%d\n", r, a, o))
end
