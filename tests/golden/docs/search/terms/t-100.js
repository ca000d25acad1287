sitrepSearchData("terms/t-100",{"100":"UOSk2","100th":"NRB88CZNc2"});
