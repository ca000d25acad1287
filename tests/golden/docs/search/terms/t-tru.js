sitrepSearchData("terms/t-tru",{"truck":"VEKd8","true":"PYE6g","trump":"y-To6MZMey1"});
