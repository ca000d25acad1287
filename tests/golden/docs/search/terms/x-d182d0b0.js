sitrepSearchData("terms/x-d182d0b0",{"та":"UOSk2"});
