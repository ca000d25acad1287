sitrepSearchData("terms/t-sin",{"since":"AA98BRE98LVT08FyXdg"});
