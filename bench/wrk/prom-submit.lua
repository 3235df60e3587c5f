-- POST /api/clinic/patients/{id}/prom-responses: an ODI response, as a clinic system would send it, round-robin
-- over the seeded patients so that the writes spread over many patients of one clinic (one audit chain).
local patients = {}
for line in io.lines(os.getenv("PATIENTS_FILE")) do
    patients[#patients + 1] = line
end
local token = os.getenv("API_TOKEN")
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
    counter = counter + 1
    local patient = patients[(counter % #patients) + 1]
    local body = '{"instrument":"odi","takenOn":"2026-03-01","answers":{"odi-1":3,"odi-2":1,"odi-3":2,'
        .. '"odi-4":3,"odi-5":2,"odi-6":2,"odi-7":1,"odi-8":0,"odi-9":2,"odi-10":' .. (counter % 6) .. '}}'
    return wrk.format(nil, "/api/clinic/patients/" .. patient .. "/prom-responses", nil, body)
end
