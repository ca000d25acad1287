sitrepSearchData("terms/t-use",{"used":"EOS68LNzn8xJXo8CFY18"});
