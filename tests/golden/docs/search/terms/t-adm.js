sitrepSearchData("terms/t-adm",{"administration":"zYKi8ASDk8LNzna"});
