sitrepSearchData("terms/t-ann",{"annexed":"IS-28","announced":"NRB88zZ-a8","announcement":"RPzig","annual":"QJ_j8"});
