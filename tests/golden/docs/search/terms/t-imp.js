sitrepSearchData("terms/t-imp",{"implication":"NRB88","importance":"RPzi8","important":"NRB8x0zZ-a8","improve":"RPzi8"});
