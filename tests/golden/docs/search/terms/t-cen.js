sitrepSearchData("terms/t-cen",{"center":"NRB8gA-Fs2","central":"NRB88","centre":"SPL42"});
