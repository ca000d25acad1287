sitrepSearchData("terms/t-ann",{"annexed":"IS-28","announced":"FFSl8GONh8","announcement":"FFSlg","annual":"QJ_j8"});
