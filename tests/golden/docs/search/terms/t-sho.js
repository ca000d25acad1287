sitrepSearchData("terms/t-sho",{"shorthand":"EOS68LNzn8","show":"HPMi8","showed":"HPMig","showing":"HPMi8"});
