sitrepSearchData("terms/t-eno",{"enough":"NRB88zZ-a8"});
