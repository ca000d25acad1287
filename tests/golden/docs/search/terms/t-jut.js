sitrepSearchData("terms/t-jut",{"jutting":"NRB88"});
