sitrepSearchData("terms/x-d0b1d0b0d185",{"бахмут":"CDFv6"});
