sitrepSearchData("terms/x-d181d182d180",{"стратегіи":"SPL42"});
