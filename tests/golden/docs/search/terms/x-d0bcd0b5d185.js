sitrepSearchData("terms/x-d0bcd0b5d185",{"механізована":"UOSk2"});
