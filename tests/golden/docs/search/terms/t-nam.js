sitrepSearchData("terms/t-nam",{"name":"NRB88","named":"JzHi2"});
