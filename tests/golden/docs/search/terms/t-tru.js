sitrepSearchData("terms/t-tru",{"truck":"VEKd8","true":"NRB8g","trump":"y-To6KSJgy1"});
