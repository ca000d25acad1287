sitrepSearchData("terms/t-mad",{"made":"QNXdgxxE5o"});
